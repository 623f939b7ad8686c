package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.logs.LogDiskUsage;
import io.kumo.logs.LogSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that prints nothing costs no file (and no inode); one that prints gets its log with the start notice first. */
class SilentRunLogTest {

    @TempDir
    Path dir;

    private EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, Instant.parse("2026-05-04T10:00:00Z"));
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void silentRunLeavesNoLogFileAndReadsAsNoOutput() throws Exception {
        Task task = kumo.intervalTask("quiet", Duration.ofDays(1), "python3 -c pass");
        kumo.engine.prepare();
        kumo.engine.runNow(task);
        Run run = kumo.awaitStatus(task, RunStatus.SUCCESS);

        assertThat(run.getLogPath()).isNotNull();
        assertThat(Path.of(run.getLogPath())).doesNotExist();
        assertThat(kumo.core.dataDirectory().runLogs().resolve(task.getId().toString())).doesNotExist();
        LogDiskUsage.Report usage = kumo.core.logDiskUsage().measure();
        assertThat(usage.logFiles()).isZero();
        assertThat(new LogSearch().search(java.util.List.of(run), line -> true, 10, () -> false)).isEmpty();
        assertThat(kumo.core.maintenance().runNow().logsDeleted()).isZero();
    }

    @Test
    void firstLineCreatesTheLogWithTheStartNoticeBeforeIt() throws Exception {
        Task task = kumo.intervalTask("talks", Duration.ofDays(1), "python3 -c \"print('one line')\"");
        kumo.engine.prepare();
        kumo.engine.runNow(task);
        Run run = kumo.awaitStatus(task, RunStatus.SUCCESS);

        assertThat(Files.readAllLines(Path.of(run.getLogPath()))).containsExactly(
                "[kumo] run " + run.getId() + " of task 'talks' started, pid " + run.getPid() + ", attempt 1", "one line");
    }
}
