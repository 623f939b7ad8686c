package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo logs RUN_ID}: a run's log, all of it or its last lines; a bad id is a usage error. */
class LogsCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheLogOrItsLastLinesAndRefusesABadRunId() throws Exception {
        long runId;
        try (KumoCore core = TestCores.open(dir)) {
            Task task = core.tasks().create(new Task("job", "python3 job.py"));
            Run run = new Run(task.getId(), task.getName(), TriggerKind.MANUAL, TestCores.T0, RunStatus.SUCCESS);
            StoreException.unchecked(() -> core.database().runs().create(run));
            Path log = core.dataDirectory().runLogs().resolve(run.getId() + ".log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, "one\ntwo\nthree\n");
            run.setLogPath(log.toString());
            StoreException.unchecked(() -> core.database().runs().update(run));
            runId = run.getId();
        }
        CliRun cli = new CliRun(dir);

        assertThat(cli.kumo("logs", Long.toString(runId))).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("one\ntwo\nthree\n");
        assertThat(cli.kumo("logs", Long.toString(runId), "--tail", "2")).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("two\nthree\n");
        assertThat(cli.kumo("logs", "abc")).isEqualTo(2);
        assertThat(cli.err()).contains("RUN_ID");
        assertThat(cli.kumo("logs", "999")).isEqualTo(2);
        assertThat(cli.err()).contains("no run #999");
    }
}
