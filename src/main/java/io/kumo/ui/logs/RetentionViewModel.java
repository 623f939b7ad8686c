package io.kumo.ui.logs;

import io.kumo.common.ValidationException;
import io.kumo.logs.CleanupReport;
import io.kumo.logs.LogDiskUsage;
import io.kumo.logs.Maintenance;
import io.kumo.settings.SettingKey;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.runs.RunFormat;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The retention settings (log days, log disk budget, run record days, runs kept per task, archive instead of delete), the logs' size and file
 * count on disk with the space and inodes their file system has left, and "Clean up now": the values shown are saved
 * (audited) and the maintenance runs in the background.
 */
public final class RetentionViewModel {

    private final SettingsService settings;
    private final Maintenance maintenance;
    private final LogDiskUsage diskUsage;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final Runnable onCleaned;
    private final ObjectProperty<Integer> logDays = new SimpleObjectProperty<>(Settings.LOG_RETENTION_DAYS.defaultValue());
    private final ObjectProperty<Integer> budgetMb = new SimpleObjectProperty<>(Settings.LOG_BUDGET_MB.defaultValue());
    private final ObjectProperty<Integer> runDays = new SimpleObjectProperty<>(Settings.RUN_RETENTION_DAYS.defaultValue());
    private final ObjectProperty<Integer> perTask = new SimpleObjectProperty<>(Settings.RUNS_KEPT_PER_TASK.defaultValue());
    private final BooleanProperty archive = new SimpleBooleanProperty(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE.defaultValue());
    private final ReadOnlyStringWrapper totalSize = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper diskUse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public RetentionViewModel(SettingsService settings, Maintenance maintenance, LogDiskUsage diskUsage,
                              BackgroundExecutor background, Consumer<Throwable> onError, Runnable onCleaned) {
        this.settings = settings;
        this.maintenance = maintenance;
        this.diskUsage = diskUsage;
        this.background = background;
        this.onError = onError;
        this.onCleaned = onCleaned;
    }

    /** The stored settings and the logs' current size. */
    public void load() {
        background.run(() -> new long[] {settings.get(Settings.LOG_RETENTION_DAYS), settings.get(Settings.LOG_BUDGET_MB),
                        settings.get(Settings.RUN_RETENTION_DAYS), settings.get(Settings.RUNS_KEPT_PER_TASK),
                        maintenance.logs().totalBytes(), settings.get(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE) ? 1 : 0},
                values -> {
                    logDays.set((int) values[0]);
                    budgetMb.set((int) values[1]);
                    runDays.set((int) values[2]);
                    perTask.set((int) values[3]);
                    showTotal(values[4]);
                    archive.set(values[5] == 1);
                }, onError);
        measureDisk();
    }

    /** The logs' file count and what their file system has left (space, inodes). */
    private void measureDisk() {
        background.run(() -> diskUsage.measure(), usage -> diskUse.set(describe(usage)), error -> diskUse.set(
                "Free space and inodes are unknown: " + error.getMessage()));
    }

    static String describe(LogDiskUsage.Report usage) {
        String files = usage.logFiles() == 1 ? "1 log file" : RunFormat.number(usage.logFiles()) + " log files";
        String inodes = usage.freeInodes().isPresent() && usage.totalInodes().isPresent()
                ? ", " + RunFormat.number(usage.freeInodes().getAsLong()) + " of "
                        + RunFormat.number(usage.totalInodes().getAsLong()) + " inodes free"
                : "";
        return files + " (one inode each) · their file system: " + RunFormat.bytes(usage.usableBytes()) + " free of "
                + RunFormat.bytes(usage.totalBytes()) + inodes;
    }

    private void showTotal(long bytes) {
        totalSize.set("Run logs take " + RunFormat.bytes(bytes) + " on disk");
    }

    /** Saves the values shown (only changed ones are stored and audited). */
    public void apply() {
        Values values = values();
        if (values == null) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            save(values);
            return null;
        }, done -> {
            busy.set(false);
            report.set("Saved. They apply at the next cleanup (every six hours) or now with Clean up now.");
        }, this::failed);
    }

    /** Saves the values shown, then applies them now; reports what was deleted and the space reclaimed. */
    public void cleanUp() {
        Values values = values();
        if (values == null) {
            return;
        }
        busy.set(true);
        report.set("Cleaning up…");
        background.run(() -> {
            save(values);
            CleanupReport done = maintenance.runNow();
            return new Cleaned(done, maintenance.logs().totalBytes());
        }, cleaned -> {
            busy.set(false);
            CleanupReport done = cleaned.report();
            report.set(done.logsDeleted() == 0 && done.runsDeleted() == 0 ? "Nothing to clean up: every log and run is within the limits."
                    : done.summary() + ": " + RunFormat.bytes(done.bytesReclaimed()) + " reclaimed");
            showTotal(cleaned.totalBytes());
            measureDisk();
            onCleaned.run();
        }, this::failed);
    }

    private record Cleaned(CleanupReport report, long totalBytes) {
    }

    private record Values(int logDays, int budgetMb, int runDays, int perTask, boolean archive) {
    }

    private Values values() {
        try {
            return new Values(check(logDays.get(), Settings.LOG_RETENTION_DAYS), check(budgetMb.get(), Settings.LOG_BUDGET_MB),
                    check(runDays.get(), Settings.RUN_RETENTION_DAYS), check(perTask.get(), Settings.RUNS_KEPT_PER_TASK),
                    archive.get());
        } catch (ValidationException e) {
            report.set(e.getMessage());
            return null;
        }
    }

    private static int check(Integer value, SettingKey<Integer> key) {
        if (value == null || value < key.min() || value > key.max()) {
            throw new ValidationException(key.label() + ": enter a whole number from " + key.min() + " to " + key.max());
        }
        return value;
    }

    private void save(Values values) {
        set(Settings.LOG_RETENTION_DAYS, values.logDays());
        set(Settings.LOG_BUDGET_MB, values.budgetMb());
        set(Settings.RUN_RETENTION_DAYS, values.runDays());
        set(Settings.RUNS_KEPT_PER_TASK, values.perTask());
        settings.set(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE, values.archive());
    }

    private void set(SettingKey<Integer> key, int value) {
        settings.set(key, value);
    }

    private void failed(Throwable error) {
        busy.set(false);
        report.set("");
        onError.accept(error);
    }

    public ObjectProperty<Integer> logDaysProperty() { return logDays; }
    public ObjectProperty<Integer> budgetMbProperty() { return budgetMb; }
    public ObjectProperty<Integer> runDaysProperty() { return runDays; }
    public ObjectProperty<Integer> perTaskProperty() { return perTask; }
    /** Run retention writes the runs it takes away into month archives first (Insights → Archives). */
    public BooleanProperty archiveProperty() { return archive; }
    public ReadOnlyStringProperty totalSizeProperty() { return totalSize.getReadOnlyProperty(); }
    public ReadOnlyStringProperty diskUseProperty() { return diskUse.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
