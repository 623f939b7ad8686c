package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run log's file appears with the first line written, never for a run that printed nothing. */
class RunLogLazyFileTest {

    @TempDir
    Path dir;

    @Test
    void runThatPrintsNothingLeavesNeitherFileNorFolder() throws Exception {
        Path file = dir.resolve("runs/7/41.log");
        RunLog log = new RunLog(file, List.of(), 10_000);
        log.deferredNotice("run 41 of task 'quiet' started, pid 99, attempt 1");
        log.flush();
        log.close();

        assertThat(dir.resolve("runs")).doesNotExist();
        assertThat(log.failure()).isNull();
    }

    @Test
    void firstLineBringsTheDeferredNoticeAlongInFront() throws Exception {
        Path file = dir.resolve("runs/7/42.log");
        try (RunLog log = new RunLog(file, List.of("pw"), 10_000)) {
            log.deferredNotice("started with pw");
            log.flush();
            assertThat(file).doesNotExist();
            log.line("hello", true);
        }
        assertThat(Files.readAllLines(file)).containsExactly("[kumo] started with ******", "[stderr] hello");
    }

    @Test
    void noticeAloneIsOutputWorthAFile() throws Exception {
        Path file = dir.resolve("runs/7/43.log");
        try (RunLog log = new RunLog(file, List.of(), 10_000)) {
            log.notice("could not start python3: no such file");
        }
        assertThat(Files.readAllLines(file)).containsExactly("[kumo] could not start python3: no such file");
    }
}
