package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedLogTest {

    @TempDir
    Path dir;

    @Test
    void aMillionLinesAreIndexedAndAnyRangeIsReadWithItsStream() throws IOException {
        Path file = dir.resolve("big.log");
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 1_000_000; i++) {
                writer.write(i % 10 == 0 ? "[stderr] warning " + i : "line " + i);
                writer.newLine();
            }
        }
        try (IndexedLog log = IndexedLog.open(file)) {
            assertThat(log.lineCount()).isEqualTo(1_000_000);
            List<LogLine> lines = log.lines(999_998, 10);
            assertThat(lines).extracting(LogLine::text).containsExactly("line 999998", "line 999999", "warning 1000000");
            assertThat(lines.get(2).kind()).isEqualTo(LogLine.Kind.STDERR);
            assertThat(log.lines(1, 1).getFirst().text()).isEqualTo("line 1");
        }
    }

    @Test
    void followingAGrowingLogIncludesAnUnfinishedLastLine() throws IOException {
        Path file = Files.writeString(dir.resolve("run.log"), "one\ntw");
        try (IndexedLog log = IndexedLog.open(file)) {
            assertThat(log.lineCount()).isEqualTo(2);
            assertThat(log.lines(2, 5)).extracting(LogLine::text).containsExactly("tw");
            Files.writeString(file, "o\n[kumo] exit code 0\n", StandardOpenOption.APPEND);
            assertThat(log.refresh()).isEqualTo(3);
            List<LogLine> lines = log.lines(1, 10);
            assertThat(lines).extracting(LogLine::text).containsExactly("one", "two", "[kumo] exit code 0");
            assertThat(lines.get(2).kind()).isEqualTo(LogLine.Kind.NOTICE);
        }
    }

    @Test
    void invalidUtf8IsShownNotFatal() throws IOException {
        Path file = Files.write(dir.resolve("bytes.log"), new byte[] {'o', 'k', (byte) 0xFF, '\n'});
        try (IndexedLog log = IndexedLog.open(file)) {
            assertThat(log.lines(1, 1).getFirst().text()).isEqualTo("ok\uFFFD");
        }
    }

    @Test
    void searchFindsPlainAndRegexHitsAcrossLogsWithLineNumbers() throws IOException {
        Run first = run(1, Files.writeString(dir.resolve("1.log"), "start\n[stderr] Traceback: KeyError 'id'\ndone\n"));
        Run second = run(2, Files.writeString(dir.resolve("2.log"), "keyerror in lower case\n"));
        Run gone = run(3, dir.resolve("3.log"));

        List<LogSearch.Hit> plain = new LogSearch().search(List.of(first, second, gone),
                LogSearch.matcher("KeyError", false, false), 100, () -> false);
        assertThat(plain).extracting(hit -> hit.run().getId() + ":" + hit.lineNumber() + ":" + hit.text())
                .containsExactly("1:2:Traceback: KeyError 'id'", "2:1:keyerror in lower case");

        List<LogSearch.Hit> regex = new LogSearch().search(List.of(first, second),
                LogSearch.matcher("KeyError '\\w+'", true, true), 100, () -> false);
        assertThat(regex).hasSize(1);
        assertThatThrownBy(() -> LogSearch.matcher("(unclosed", true, false)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("search: invalid regular expression: Unclosed group");
    }

    private static Run run(long id, Path log) {
        Run run = new Run();
        run.setId(Long.valueOf(id));
        run.setLogPath(log.toString());
        return run;
    }
}
