package io.kumo.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention settings and "Clean up now" on a real store, background work on the calling thread. */
class RetentionViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    final List<Throwable> errors = new ArrayList<>();
    final AtomicInteger cleaned = new AtomicInteger();
    RetentionViewModel retention;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        retention = new RetentionViewModel(core.settings(), core.maintenance(), core.logDiskUsage(),
                new SameThreadBackground(), errors::add, cleaned::incrementAndGet);
    }

    @AfterEach
    void close() {
        core.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void theArchiveSettingLoadsAndSaves() {
        core.settings().set(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE, true);
        retention.load();
        assertThat(retention.archiveProperty().get()).isTrue();

        retention.archiveProperty().set(false);
        retention.apply();

        assertThat(core.settings().get(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE)).isFalse();
    }

    @Test
    void loadShowsTheStoredSettingsAndTheLogsOnDisk() {
        core.settings().set(Settings.LOG_RETENTION_DAYS, 12);
        core.settings().set(Settings.RUNS_KEPT_PER_TASK, 7);

        retention.load();

        assertThat(retention.logDaysProperty().get()).isEqualTo(12);
        assertThat(retention.perTaskProperty().get()).isEqualTo(7);
        assertThat(retention.totalSizeProperty().get()).startsWith("Run logs take ");
        assertThat(retention.diskUseProperty().get()).startsWith("0 log files (one inode each) · their file system: ");
    }

    @Test
    void applySavesTheValuesShown() {
        retention.load();
        retention.runDaysProperty().set(45);

        retention.apply();

        assertThat(core.settings().get(Settings.RUN_RETENTION_DAYS)).isEqualTo(45);
        assertThat(retention.reportProperty().get()).startsWith("Saved.");
        assertThat(retention.busyProperty().get()).isFalse();
    }

    @Test
    void aValueOutsideTheSettingsRangeIsRefusedAndNothingIsSaved() {
        retention.load();
        retention.logDaysProperty().set(3);
        retention.perTaskProperty().set((int) Settings.RUNS_KEPT_PER_TASK.max() + 1);

        retention.apply();

        assertThat(retention.reportProperty().get()).isEqualTo(Settings.RUNS_KEPT_PER_TASK.label()
                + ": enter a whole number from " + Settings.RUNS_KEPT_PER_TASK.min() + " to " + Settings.RUNS_KEPT_PER_TASK.max());
        assertThat(core.settings().get(Settings.LOG_RETENTION_DAYS)).isEqualTo(Settings.LOG_RETENTION_DAYS.defaultValue());
    }

    @Test
    void cleanUpAppliesTheValuesShownAndReportsWhatItDeleted() {
        Task task = core.tasks().create(new Task("nightly", "true"));
        RunStore runs = new RunStore(core.database());
        for (int day = 1; day <= 5; day++) {
            Instant at = Instant.parse("2026-03-0" + day + "T06:00:00Z");
            runs.recordFire(task, TriggerKind.CRON, at, RunStatus.SUCCESS, at, null);
        }
        retention.load();
        retention.perTaskProperty().set(2);

        retention.cleanUp();

        assertThat(runs.count(RunQuery.all())).isEqualTo(2);
        assertThat(retention.reportProperty().get()).isEqualTo("Deleted 0 logs (0.0 MB) and 3 run records: 0 B reclaimed");
        assertThat(cleaned).hasValue(1);
    }

    @Test
    void cleanUpWithNothingBeyondTheLimitsSaysSo() {
        retention.load();

        retention.cleanUp();

        assertThat(retention.reportProperty().get()).isEqualTo("Nothing to clean up: every log and run is within the limits.");
        assertThat(cleaned).hasValue(1);
    }
}
