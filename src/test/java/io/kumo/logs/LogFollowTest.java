package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a growing log: complete lines only, offsets that resume exactly, characters never split. */
class LogFollowTest {

    @TempDir
    Path dir;

    @Test
    void aMissingLogHasNothingYet() throws IOException {
        LogFollow.Chunk chunk = LogFollow.completeLines(dir.resolve("none.log"), 0);

        assertThat(chunk.isEmpty()).isTrue();
        assertThat(chunk.next()).isZero();
    }

    @Test
    void takesCompleteLinesAndLeavesThePartialOneForLater() throws IOException {
        Path log = write("one\ntwo\nthr");

        LogFollow.Chunk first = LogFollow.completeLines(log, 0);
        append(log, "ee\n");
        LogFollow.Chunk second = LogFollow.completeLines(log, first.next());

        assertThat(first.text()).isEqualTo("one\ntwo\n");
        assertThat(first.next()).isEqualTo(8);
        assertThat(second.text()).isEqualTo("three\n");
        assertThat(LogFollow.completeLines(log, second.next()).isEmpty()).isTrue();
    }

    @Test
    void linesCarryTheOffsetAfterThemInBytes() throws IOException {
        Path log = write("Zoë\r\nok\n");

        var lines = LogFollow.completeLines(log, 0).lines();

        assertThat(lines).containsExactly(new LogFollow.Line("Zoë", 6), new LogFollow.Line("ok", 9));
    }

    @Test
    void theRestIncludesALastLineWithoutItsEnd() throws IOException {
        Path log = write("done\nno newline");

        LogFollow.Chunk rest = LogFollow.rest(log, 5);

        assertThat(rest.lines()).containsExactly(new LogFollow.Line("no newline", 15));
    }

    @Test
    void aLineLongerThanOneReadComesInPiecesCutBetweenCharacters() throws IOException {
        // 'é' is two bytes: MAX_READ - 1 ASCII bytes then 'é' puts the read's end inside the character
        String line = "a".repeat(LogFollow.MAX_READ - 1) + "é" + "tail\n";
        Path log = write(line);

        LogFollow.Chunk first = LogFollow.completeLines(log, 0);
        LogFollow.Chunk second = LogFollow.completeLines(log, first.next());

        assertThat(first.bytes()).hasSize(LogFollow.MAX_READ - 1);
        assertThat(second.text()).isEqualTo("étail\n");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("run.log"), text, StandardCharsets.UTF_8);
    }

    private static void append(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
