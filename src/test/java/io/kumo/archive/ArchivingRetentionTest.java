package io.kumo.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.logs.CleanupReport;
import io.kumo.settings.Settings;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention with "archive instead of delete" on and off, and months cut in the archive's own zone. */
class ArchivingRetentionTest {

    @TempDir
    Path dir;
    KumoCore core;
    ArchivedRuns runs;
    Task task;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @BeforeEach
    void open() {
        core = TestCores.open(dir, clock);
        runs = new ArchivedRuns(core);
        task = core.tasks().create(new Task("job", "python3 job.py"));
        core.settings().set(Settings.LOG_RETENTION_DAYS, 0);
        core.settings().set(Settings.LOG_BUDGET_MB, 0);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theAgeRuleArchivesBeforeItDeletesWhenTheSettingIsOn() throws Exception {
        Run old = runs.finished(task, TestCores.T0.minus(Duration.ofDays(40)), RunStatus.SUCCESS, 100);
        Run recent = runs.finished(task, TestCores.T0.minus(Duration.ofDays(2)), RunStatus.SUCCESS, 100);
        core.settings().set(Settings.RUN_RETENTION_DAYS, 30);
        core.settings().set(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE, true);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.runsDeleted()).isEqualTo(1);
        assertThat(runs.rows(List.of(old, recent))).hasSize(1);
        List<ArchiveEntry> archives = core.archives().list();
        assertThat(archives).hasSize(1);
        assertThat(archives.getFirst().month()).isEqualTo(YearMonth.from(old.getScheduledFor().atZone(clock.getZone())));
        assertThat(archives.getFirst().manifest().logCount()).isEqualTo(1);
    }

    @Test
    void theCountRuleArchivesWhatItTakesAwayToo() throws Exception {
        for (int day = 5; day >= 1; day--) {
            runs.finished(task, TestCores.T0.minus(Duration.ofDays(day)), RunStatus.SUCCESS, 10);
        }
        core.settings().set(Settings.RUN_RETENTION_DAYS, 0);
        core.settings().set(Settings.RUNS_KEPT_PER_TASK, 2);
        core.settings().set(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE, true);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.runsDeleted()).isEqualTo(3);
        assertThat(runs.count()).isEqualTo(2);
        assertThat(core.archives().list().stream().mapToInt(ArchiveEntry::runs).sum()).isEqualTo(3);
    }

    @Test
    void withTheSettingOffRetentionDeletesAndArchivesNothing() throws Exception {
        runs.finished(task, TestCores.T0.minus(Duration.ofDays(40)), RunStatus.SUCCESS, 100);
        core.settings().set(Settings.RUN_RETENTION_DAYS, 30);

        CleanupReport report = core.maintenance().runNow();

        assertThat(report.runsDeleted()).isEqualTo(1);
        assertThat(core.archives().list()).isEmpty();
    }

    @Test
    void aRunLateOnTheLastEveningInUtcBelongsToTheNextMonthInBerlin() throws Exception {
        Run lastEvening = runs.finished(task, Instant.parse("2025-10-31T23:30:00Z"), RunStatus.SUCCESS, 5);
        Run lastDay = runs.finished(task, Instant.parse("2025-10-31T22:30:00Z"), RunStatus.SUCCESS, 5);
        RunArchives berlin = new RunArchives(core.database(), core.dataDirectory().archive(), core.runLogs(),
                new io.kumo.logs.RunPruner(core.database(), core.dataDirectory().workflowOutputs()),
                Clock.fixed(TestCores.T0, ZoneId.of("Europe/Berlin")));

        ArchivePass pass = berlin.archiveNow(Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(pass.months()).containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11));
        assertThat(berlin.list()).extracting(ArchiveEntry::month, ArchiveEntry::runs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 11), 1),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 10), 1));
        assertThat(berlin.list().getFirst().firstScheduled()).isEqualTo(lastEvening.getScheduledFor());
        assertThat(berlin.list().getLast().firstScheduled()).isEqualTo(lastDay.getScheduledFor());
    }
}
