package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.outputs.OutputFile;
import io.kumo.outputs.RunOutputs;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo runs outputs RUN_ID} lists what a run wrote, says which files are gone; {@code kumo runs --json} carries them. */
class RunOutputsCommandTest {

    @TempDir
    Path dir;

    @Test
    void outputsListsTheRecordedFilesAndWhichNoLongerExist() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.writeString(output.resolve("rows.csv"), "a\n1\n");
        Instant at = Instant.parse("2026-05-04T10:00:00Z");
        long id;
        try (KumoCore core = TestCores.open(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("writer", "true"));
            RunStore store = new RunStore(core.database());
            Run run = store.recordMissedGap(task, TriggerKind.INTERVAL, at, at, 1, at, "stand-in").orElseThrow();
            run.setOutputFiles(new RunOutputs(Optional.of(output), List.of(new OutputFile("rows.csv", 4, at),
                    new OutputFile("gone.json", 9, at)), List.of()).encode());
            store.update(run);
            id = run.getId();
        }
        CliRun cli = new CliRun(dir.resolve("data"));

        assertThat(cli.kumo("runs", "outputs", String.valueOf(id))).isZero();
        assertThat(cli.out()).contains("rows.csv").contains("gone.json").contains("(no longer exists)");
        assertThat(cli.kumo("runs", "outputs", String.valueOf(id), "--json")).isZero();
        JsonNode files = cli.json().get("files");
        assertThat(files.get(0).get("path").asText()).isEqualTo("rows.csv");
        assertThat(files.get(0).get("exists").asBoolean()).isTrue();
        assertThat(files.get(1).get("exists").asBoolean()).isFalse();
        assertThat(cli.kumo("runs", "--json")).isZero();
        assertThat(cli.json().get(0).get("output_files").get(0).get("size").asLong()).isEqualTo(4);
    }

    @Test
    void anUnknownRunIsAUsageError() throws Exception {
        try (KumoCore core = TestCores.open(dir.resolve("data"))) {
            core.tasks().create(new Task("writer", "true"));
        }
        CliRun cli = new CliRun(dir.resolve("data"));

        assertThat(cli.kumo("runs", "outputs", "4242")).isEqualTo(2);
        assertThat(cli.err()).contains("no run #4242");
    }
}
