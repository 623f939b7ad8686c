package io.kumo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures checked against counts worked out by hand from the fixture below. */
class DashboardServiceTest {

    static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");

    @Test
    void everyFigureMatchesTheHandCountedFixtureAndTheProjectFilterNarrowsIt(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            Project etl = core.projects().create(new Project("etl", dir.toString()));
            Task a = task(core, "a", etl.getId(), true);
            Task b = task(core, "b", null, true);
            task(core, "c", null, false);
            // today (03-14): a success 10 s, a failure 20 s, b timeout 30 s, b running
            run(core, a, "2026-03-14T01:00:00Z", RunStatus.SUCCESS, 10);
            run(core, a, "2026-03-14T02:00:00Z", RunStatus.FAILED, 20);
            run(core, b, "2026-03-14T03:00:00Z", RunStatus.TIMEOUT, 30);
            run(core, b, "2026-03-14T11:59:00Z", RunStatus.RUNNING, 0);
            // 03-10: two successes of b (40 s each), one skipped (not counted)
            run(core, b, "2026-03-10T05:00:00Z", RunStatus.SUCCESS, 40);
            run(core, b, "2026-03-10T06:00:00Z", RunStatus.SUCCESS, 40);
            run(core, b, "2026-03-10T07:00:00Z", RunStatus.SKIPPED, 0);
            // 03-01: first of the 14 days; 02-28 is outside the window
            run(core, a, "2026-03-01T00:00:00Z", RunStatus.INTERRUPTED, 5);
            run(core, a, "2026-02-28T23:59:59Z", RunStatus.FAILED, 5);

            DashboardSnapshot all = new DashboardService(core.database()).snapshot(null, ZoneOffset.UTC, NOW);

            assertThat(all.cards()).isEqualTo(new DashboardSnapshot.Cards(3, 2, 1, 2));
            assertThat(all.runsPerDay()).hasSize(14);
            assertThat(all.runsPerDay().getFirst()).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-01"), 0, 1));
            assertThat(all.runsPerDay().get(9)).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-10"), 2, 0));
            assertThat(all.runsPerDay().get(13)).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-14"), 1, 2));
            assertThat(all.successRate()).hasSize(7);
            assertThat(all.successRate().get(2)).isEqualTo(new DashboardSnapshot.DayRate(LocalDate.parse("2026-03-10"), 1.0, 2));
            assertThat(all.successRate().get(6).rate()).isEqualTo(1.0 / 3);
            assertThat(all.successRate().get(0).rate()).isEqualTo(-1);
            assertThat(all.averageDuration().get(13).averageSeconds()).isEqualTo(20.0);
            assertThat(all.averageDuration().get(9).averageSeconds()).isEqualTo(40.0);
            assertThat(all.topFailing()).containsExactly(new DashboardSnapshot.FailingTask(a.getId(), "a", 1),
                    new DashboardSnapshot.FailingTask(b.getId(), "b", 1));
            assertThat(all.running()).extracting(DashboardSnapshot.RunningRun::taskName).containsExactly("b");

            DashboardSnapshot onlyEtl = new DashboardService(core.database()).snapshot(etl.getId(), ZoneOffset.UTC, NOW);
            assertThat(onlyEtl.cards()).isEqualTo(new DashboardSnapshot.Cards(1, 1, 0, 1));
            assertThat(onlyEtl.runsPerDay().get(13)).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-14"), 1, 1));
            assertThat(onlyEtl.runsPerDay().get(9).succeeded()).isZero();
            assertThat(onlyEtl.running()).isEmpty();
        }
    }

    @Test
    void daysFollowTheUsersZoneAcrossADaylightSavingChange(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            Task a = task(core, "a", null, true);
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            // 2026-03-29 is 23 hours long in Berlin; 23:30 local on that day is 21:30Z
            run(core, a, "2026-03-29T21:30:00Z", RunStatus.SUCCESS, 1);
            run(core, a, "2026-03-29T22:30:00Z", RunStatus.SUCCESS, 1);
            DashboardSnapshot snapshot = new DashboardService(core.database()).snapshot(null, berlin, Instant.parse("2026-03-30T10:00:00Z"));
            assertThat(snapshot.runsPerDay().get(12)).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-29"), 1, 0));
            assertThat(snapshot.runsPerDay().get(13)).isEqualTo(new DashboardSnapshot.DayCount(LocalDate.parse("2026-03-30"), 1, 0));
        }
    }

    @Test
    void workflowRunsAreCountedOnceAsWorkflowRunsAndTheirStepsNotAsTaskRuns(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            workflowRun(core, 1, "2026-03-14T01:00:00Z", RunStatus.SUCCESS);
            workflowRun(core, 2, "2026-03-14T02:00:00Z", RunStatus.FAILED);
            workflowRun(core, 3, "2026-03-14T11:00:00Z", RunStatus.RUNNING);
            workflowRun(core, 4, "2026-03-14T03:00:00Z", RunStatus.SKIPPED);
            workflowRun(core, 5, "2026-03-10T03:00:00Z", RunStatus.SUCCESS);
            workflowRun(core, 6, "2026-03-09T03:00:00Z", RunStatus.TIMEOUT);
            workflowRun(core, 7, "2026-03-01T03:00:00Z", RunStatus.FAILED); // before the 7 days
            Task step = new Task("etl/load", "true"); // a step's attempt: negative task id
            step.setId(-3L);
            run(core, step, "2026-03-14T02:00:00Z", RunStatus.FAILED, 3);

            DashboardSnapshot snapshot = new DashboardService(core.database()).snapshot(null, ZoneOffset.UTC, NOW);

            assertThat(snapshot.workflows()).isEqualTo(new DashboardSnapshot.WorkflowFigures(3, 5, 2, 0.5, 1));
            assertThat(snapshot.cards().failedToday()).isZero();
            assertThat(snapshot.topFailing()).isEmpty();
        }
    }

    @Test
    void topTenTasksByRunsFailuresAndCpuAndTheSpreadOfDurations(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            Project etl = core.projects().create(new Project("etl", dir.toString()));
            for (int i = 1; i <= 12; i++) { // task i runs i times in the week, 1 s each, and spends i * 100 ms of CPU
                Task task = task(core, "t" + i, i == 12 ? etl.getId() : null, true);
                for (int n = 0; n < i; n++) {
                    Run run = run(core, task, "2026-03-13T%02d:%02d:00Z".formatted(n / 60, n % 60), RunStatus.SUCCESS, 1);
                    run.setCpuMillis(100L);
                    StoreException.unchecked(() -> core.database().runs().update(run));
                }
            }
            Task failing = task(core, "failing", null, true);
            run(core, failing, "2026-03-12T01:00:00Z", RunStatus.FAILED, 0); // < 1 s
            run(core, failing, "2026-03-12T02:00:00Z", RunStatus.TIMEOUT, 45 * 60); // > 30 min
            run(core, failing, "2026-03-12T03:00:00Z", RunStatus.INTERRUPTED, 120); // 1-5 min
            run(core, failing, "2026-03-12T04:00:00Z", RunStatus.SKIPPED, 0); // no run
            run(core, failing, "2026-03-01T04:00:00Z", RunStatus.FAILED, 0); // before the 7 days

            DashboardSnapshot.Rankings all = new DashboardService(core.database()).snapshot(null, ZoneOffset.UTC, NOW).rankings();

            assertThat(all.byRuns()).hasSize(10);
            assertThat(all.byRuns().getFirst()).extracting(DashboardSnapshot.RankedTask::taskName, DashboardSnapshot.RankedTask::value)
                    .containsExactly("t12", 12L);
            assertThat(all.byRuns()).extracting(DashboardSnapshot.RankedTask::taskName).contains("failing").doesNotContain("t1", "t2");
            assertThat(all.byFailures()).extracting(DashboardSnapshot.RankedTask::taskName, DashboardSnapshot.RankedTask::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("failing", 3L));
            assertThat(all.byCpuMillis()).hasSize(10);
            assertThat(all.byCpuMillis().getFirst().value()).isEqualTo(1200);
            assertThat(all.byCpuMillis()).extracting(DashboardSnapshot.RankedTask::taskName).doesNotContain("failing");
            assertThat(all.durations()).extracting(DashboardSnapshot.DurationBucket::runs).containsExactly(1L, 78L, 0L, 1L, 0L, 1L);
            assertThat(all.durations()).extracting(DashboardSnapshot.DurationBucket::label).first().isEqualTo("< 1 s");

            DashboardSnapshot.Rankings onlyEtl = new DashboardService(core.database()).snapshot(etl.getId(), ZoneOffset.UTC, NOW)
                    .rankings();
            assertThat(onlyEtl.byRuns()).extracting(DashboardSnapshot.RankedTask::taskName).containsExactly("t12");
            assertThat(onlyEtl.byFailures()).isEmpty();
            assertThat(onlyEtl.durations()).extracting(DashboardSnapshot.DurationBucket::runs).containsExactly(0L, 12L, 0L, 0L, 0L, 0L);
        }
    }

    @Test
    void noRunsGiveEmptyRankingsAndEmptyBuckets(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            DashboardSnapshot.Rankings rankings = new DashboardService(core.database()).snapshot(null, ZoneOffset.UTC, NOW).rankings();
            assertThat(rankings.noRuns()).isTrue();
            assertThat(rankings.durations()).hasSize(6).allMatch(bucket -> bucket.runs() == 0);
        }
    }

    private static void workflowRun(KumoCore core, long id, String scheduled, RunStatus status) {
        long at = Instant.parse(scheduled).toEpochMilli();
        StoreException.unchecked(() -> core.database().runs().executeRaw("INSERT INTO workflow_runs (id, workflow_id, "
                + "workflow_name, trigger_kind, scheduled_for, status, started_at, definition) VALUES (" + id + ", 1, 'etl', "
                + "'MANUAL', " + at + ", '" + status + "', " + at + ", 'name: etl')"));
    }

    private static Task task(KumoCore core, String name, Long projectId, boolean enabled) {
        Task task = new Task(name, "true");
        task.setProjectId(projectId);
        task.setEnabled(enabled);
        return core.tasks().create(task);
    }

    private static Run run(KumoCore core, Task task, String scheduled, RunStatus status, int seconds) {
        Instant at = Instant.parse(scheduled);
        Run run = new Run(task, TriggerKind.CRON, at, status);
        run.setStartedAt(at);
        if (status.isTerminal() && status != RunStatus.SKIPPED) {
            run.setEndedAt(at.plus(Duration.ofSeconds(seconds)));
        }
        StoreException.unchecked(() -> core.database().runs().create(run));
        return run;
    }

    /** The core under test, on H2; {@code PostgresDashboardServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
