package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.settings.Settings;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention on a real store and real log files: logs by age and budget, run records by age and count. */
class RetentionTest {

    @TempDir
    Path dir;
    KumoCore core;
    Task task;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @BeforeEach
    void open() {
        core = TestCores.open(dir, clock);
        task = core.tasks().create(new Task("job", "python3 job.py"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void logsOlderThanTheRetentionGoAndTheirRunsStay() throws IOException {
        Run old = run(TestCores.T0.minus(Duration.ofDays(40)), RunStatus.SUCCESS, 1000);
        Run recent = run(TestCores.T0.minus(Duration.ofDays(2)), RunStatus.FAILED, 1000);
        Run running = run(TestCores.T0.minus(Duration.ofDays(50)), RunStatus.RUNNING, 1000);
        core.settings().set(Settings.LOG_RETENTION_DAYS, 30);
        core.settings().set(Settings.LOG_BUDGET_MB, 0);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.logsDeleted()).isEqualTo(1);
        assertThat(report.bytesReclaimed()).isEqualTo(1000);
        assertThat(report.runsDeleted()).isZero();
        assertThat(Path.of(old.getLogPath())).doesNotExist();
        assertThat(store().find(old.getId()).orElseThrow().getLogPath()).isNull();
        assertThat(Path.of(recent.getLogPath())).exists();
        assertThat(Path.of(running.getLogPath())).exists();
        assertThat(report.summary()).isEqualTo("Deleted 1 log (0.0 MB)");
    }

    @Test
    void theBudgetDeletesOldestLogsFirst() throws IOException {
        Run a = run(TestCores.T0.minus(Duration.ofDays(3)), RunStatus.SUCCESS, 600_000);
        Run b = run(TestCores.T0.minus(Duration.ofDays(2)), RunStatus.SUCCESS, 600_000);
        Run c = run(TestCores.T0.minus(Duration.ofDays(1)), RunStatus.SUCCESS, 600_000);
        core.settings().set(Settings.LOG_RETENTION_DAYS, 0);
        core.settings().set(Settings.LOG_BUDGET_MB, 1);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.logsDeleted()).isEqualTo(2);
        assertThat(Path.of(a.getLogPath())).doesNotExist();
        assertThat(Path.of(b.getLogPath())).doesNotExist();
        assertThat(Path.of(c.getLogPath())).exists();
        assertThat(core.maintenance().logs().totalBytes()).isEqualTo(600_000);
    }

    @Test
    void runRecordsArePrunedByAgeAndPerTaskCountWithTheirLogs() throws IOException {
        for (int day = 1; day <= 10; day++) {
            run(TestCores.T0.minus(Duration.ofDays(day)), RunStatus.SUCCESS, 10);
        }
        Run ancient = run(TestCores.T0.minus(Duration.ofDays(400)), RunStatus.FAILED, 10);
        core.settings().set(Settings.RUN_RETENTION_DAYS, 365);
        core.settings().set(Settings.RUNS_KEPT_PER_TASK, 4);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.runsDeleted()).isEqualTo(7);
        assertThat(store().count(RunQuery.all())).isEqualTo(4);
        assertThat(Path.of(ancient.getLogPath())).doesNotExist();
        assertThat(store().page(RunQuery.all(), 0, 10)).extracting(Run::getScheduledFor)
                .containsExactly(TestCores.T0.minus(Duration.ofDays(1)), TestCores.T0.minus(Duration.ofDays(2)),
                        TestCores.T0.minus(Duration.ofDays(3)), TestCores.T0.minus(Duration.ofDays(4)));
    }

    @Test
    void workflowRunsArePrunedWholeByCountPerWorkflowAndTheTaskRuleLeavesTheirStepsAlone() throws Exception {
        var rows = new io.kumo.testkit.WorkflowRunRows(core.database());
        long going = workflowRun(rows, TestCores.T0.minus(Duration.ofDays(9)), "RUNNING");
        List<Long> finished = new java.util.ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            finished.add(workflowRun(rows, TestCores.T0.minus(Duration.ofDays(day)), "SUCCESS"));
        }
        core.settings().set(Settings.RUNS_KEPT_PER_TASK, 1);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.runsDeleted()).isEqualTo(4); // two workflow runs, each with one step attempt
        assertThat(workflowRunIds()).containsExactly(going, finished.get(2));
        assertThat(store().count(RunQuery.all())).isEqualTo(2); // the attempts of the runs kept
        assertThat(core.dataDirectory().workflowOutputs().resolve(finished.get(0).toString())).doesNotExist();
        assertThat(core.dataDirectory().workflowOutputs().resolve(finished.get(2).toString())).exists();
        assertThat(core.dataDirectory().runLogs().resolve("workflow-" + finished.get(1))).isEmptyDirectory();
    }

    /** A workflow run of workflow 7 with one step whose attempt has a log, and its output folder. */
    private long workflowRun(io.kumo.testkit.WorkflowRunRows rows, Instant started, String status) throws Exception {
        boolean ended = !status.equals("RUNNING");
        long id = rows.run(7, "etl", status, started, ended ? started.plusSeconds(5) : null, "{}");
        Run attempt = new Run(-id, "etl - a", TriggerKind.MANUAL, started, ended ? RunStatus.SUCCESS : RunStatus.RUNNING);
        attempt.setWorkflowStep(id, "a");
        io.kumo.storage.StoreException.unchecked(() -> core.database().runs().create(attempt));
        Path log = core.dataDirectory().runLogs().resolve("workflow-" + id).resolve(attempt.getId() + ".log");
        Files.createDirectories(log.getParent());
        Files.write(log, new byte[10]);
        attempt.setLogPath(log.toString());
        store().update(attempt);
        rows.step(id, "a", null, 0, ended ? "SUCCESS" : "RUNNING", ended ? 0 : null, attempt.getId(), started, null, null);
        Files.createDirectories(core.dataDirectory().workflowOutputs().resolve(Long.toString(id)));
        Files.writeString(core.dataDirectory().workflowOutputs().resolve(Long.toString(id)).resolve("a.env"), "ROWS=1\n");
        return id;
    }

    private List<Long> workflowRunIds() throws Exception {
        return core.database().withConnection(connection -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (var query = connection.createStatement().executeQuery("SELECT id FROM workflow_runs ORDER BY id")) {
                while (query.next()) {
                    ids.add(query.getLong(1));
                }
            }
            return ids;
        });
    }

    @Test
    void historyPagesFilterByStatusTaskAndDate() throws IOException {
        for (int i = 0; i < 30; i++) {
            run(TestCores.T0.minus(Duration.ofHours(i)), i % 3 == 0 ? RunStatus.FAILED : RunStatus.SUCCESS, 1);
        }
        RunQuery failed = new RunQuery(task.getId(), Set.of(RunStatus.FAILED), null, null);
        assertThat(store().count(failed)).isEqualTo(10);
        assertThat(store().page(failed, 8, 5)).hasSize(2);
        RunQuery lastDay = new RunQuery((Long) null, Set.of(), TestCores.T0.minus(Duration.ofHours(5)), TestCores.T0);
        assertThat(store().count(lastDay)).isEqualTo(5);
        assertThat(store().count(new RunQuery(task.getId() + 1, Set.of(), null, null))).isZero();
    }

    private RunStore store() {
        return new RunStore(core.database());
    }

    private Run run(Instant scheduled, RunStatus status, int logBytes) throws IOException {
        Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, scheduled, status);
        if (status.isTerminal()) {
            run.setEndedAt(scheduled.plusSeconds(5));
        }
        io.kumo.storage.StoreException.unchecked(() -> core.database().runs().create(run));
        Path log = core.dataDirectory().runLogs().resolve(task.getId().toString()).resolve(run.getId() + ".log");
        Files.createDirectories(log.getParent());
        Files.write(log, new byte[logBytes]);
        Files.setLastModifiedTime(log, FileTime.from(scheduled.plusSeconds(5)));
        run.setLogPath(log.toString());
        store().update(run);
        return run;
    }
}
