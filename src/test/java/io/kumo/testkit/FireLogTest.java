package io.kumo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines real runs append, read back: what ran twice, what never ran, who ran what. */
class FireLogTest {

    private static final Instant T = Instant.parse("2026-12-06T07:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theCommandAppendsOneLineThatReadsBackAsTheRunsFire() throws Exception {
        Path file = dir.resolve("fires.log");
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", FireLog.COMMAND.formatted(file));
        shell.environment().putAll(Map.of("KUMO_TASK_ID", "7", "KUMO_SCHEDULED_FOR", T.toString(), "KUMO_RUN_ID", "42",
                "IT_NODE", "n2"));
        assertThat(shell.start().waitFor()).isZero();
        assertThat(shell.start().waitFor()).isZero();

        assertThat(FireLog.read(file).fires()).containsExactly(new FireLog.Fire(7, T, 42, "n2"), new FireLog.Fire(7, T, 42, "n2"));
    }

    @Test
    void aFireThatRanTwiceIsADuplicate() throws Exception {
        FireLog log = FireLog.read(write("1 " + T + " 10 n1", "1 " + T.plusSeconds(1) + " 11 n2", "1 " + T + " 12 n3"));

        assertThat(log.duplicates()).containsOnlyKeys(new FireLog.Key(1, T));
        assertThat(log.duplicates().get(new FireLog.Key(1, T))).extracting(FireLog.Fire::node).containsExactly("n1", "n3");
    }

    @Test
    void aSecondMissingBetweenATasksFirstAndLastFireIsLost() throws Exception {
        FireLog log = FireLog.read(write("1 " + T + " 10 n1", "1 " + T.plusSeconds(3) + " 11 n2", "2 " + T + " 12 n1",
                "2 " + T.plusSeconds(1) + " 13 n1"));

        assertThat(log.lost(Duration.ofSeconds(1))).containsExactly(Map.entry(1L, List.of(T.plusSeconds(1), T.plusSeconds(2))));
        assertThat(log.perNode()).containsExactly(Map.entry("n1", 3L), Map.entry("n2", 1L));
    }

    @Test
    void aTornLineFailsLoudly() throws Exception {
        Path file = write("1 " + T + " 10 n11 " + T + " 11 n2");

        assertThatThrownBy(() -> FireLog.read(file)).hasMessageContaining("torn");
    }

    private Path write(String... lines) throws Exception {
        return Files.write(dir.resolve("fires.log"), List.of(lines));
    }
}
