package io.kumo.ui.settings;

import io.kumo.backup.BackupFile;
import io.kumo.backup.BackupRestorer;
import io.kumo.backup.BackupService;
import io.kumo.backup.BackupSummary;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Backups of the database: make one now, export, delete, and restore one (from the list or any file). A restore
 * cannot happen under the running Kumo: it is verified and recorded, and done at the next start.
 */
public final class BackupsViewModel {

    private final BackupService backups;
    private final DataDirectory data;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<BackupFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<BackupFile> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pendingRestore = new ReadOnlyStringWrapper("");
    private final StatusLine status = new StatusLine();
    private boolean replacing;

    public BackupsViewModel(BackupService backups, DataDirectory data, BackgroundExecutor background, DialogService dialogs) {
        this.backups = backups;
        this.data = data;
        this.background = background;
        this.dialogs = dialogs;
    }

    private record Snapshot(List<BackupFile> files, String pending) {
    }

    public void refresh() {
        background.run(this::snapshot, this::show, error -> dialogs.showError("Could not list the backups", error));
    }

    public void backUpNow() {
        change(backups::create, made -> "Backed up to " + made.name(), "Could not back up the database");
    }

    public void export(Path target) {
        BackupFile backup = selected.get();
        if (backup != null) {
            change(() -> backups.export(backup, target), exported -> "Exported " + backup.name() + " to " + exported,
                    "Could not export " + backup.name());
        }
    }

    public void delete() {
        BackupFile backup = selected.get();
        if (backup != null && dialogs.confirm("Delete the backup " + backup.name() + "?",
                "The file is deleted from the backups folder. Export it first to keep a copy elsewhere.", "Delete")) {
            change(() -> {
                backups.delete(backup);
                return backup;
            }, deleted -> "Deleted " + deleted.name(), "Could not delete " + backup.name());
        }
    }

    /** Restores the selected backup at the next start, after the user confirms. */
    public void restoreSelected() {
        BackupFile backup = selected.get();
        if (backup != null) {
            restore(backup.path(), backup.name());
        }
    }

    /** Restores a backup file from anywhere at the next start, after the user confirms. */
    public void restoreFrom(Path file) {
        restore(file, file.toString());
    }

    private void restore(Path file, String name) {
        if (!backups.available()) {
            status.bad(BackupService.SHARED_DATABASE_REFUSAL);
            return;
        }
        if (!dialogs.confirm("Restore " + name + "?", "Kumo checks the backup now and restores it when it starts next. "
                + "Before that, a safety backup of the current data is made (in the backups folder), so the restore "
                + "can be undone. Kumo must be restarted to complete it: changes made until then are not kept.",
                "Restore at next start")) {
            return;
        }
        busy.set(true);
        status.info("Checking " + name + "…");
        background.run(() -> BackupRestorer.schedule(data, file), summary -> {
            busy.set(false);
            pendingRestore.set(pendingMessage(file.toAbsolutePath().toString()) + " " + describe(summary));
            status.good("Restore recorded");
        }, error -> {
            busy.set(false);
            status.bad("Not restored: " + error.getMessage());
            if (!(error instanceof ValidationException)) { // a refused backup is said inline; a failure has details
                dialogs.showError("Could not restore " + name, error);
            }
        });
    }

    private record Done<T>(T result, Snapshot snapshot) {
    }

    private <T> void change(Callable<T> work, Function<T, String> done, String failure) {
        busy.set(true);
        status.info("Working…");
        background.run(() -> new Done<>(work.call(), snapshot()), finished -> {
            busy.set(false);
            show(finished.snapshot());
            if (finished.result() instanceof BackupFile made && files.contains(made)) {
                selected.set(made);
            }
            status.good(done.apply(finished.result()));
        }, error -> {
            busy.set(false);
            status.bad(error.getMessage());
            dialogs.showError(failure, error);
            refresh();
        });
    }

    private Snapshot snapshot() {
        return new Snapshot(backups.list(), BackupRestorer.pending(data).map(Path::toString).orElse(null));
    }

    private void show(Snapshot snapshot) {
        String keep = selected.get() == null ? null : selected.get().name();
        replacing = true;
        files.setAll(snapshot.files());
        replacing = false;
        selected.set(snapshot.files().stream().filter(file -> file.name().equals(keep)).findFirst().orElse(null));
        if (snapshot.pending() == null) {
            pendingRestore.set("");
        } else if (pendingRestore.get().isEmpty()) {
            pendingRestore.set(pendingMessage(snapshot.pending()));
        }
    }

    private static String pendingMessage(String file) {
        return "A restore from " + file + " is recorded. Quit Kumo and start it again to complete it.";
    }

    private static String describe(BackupSummary summary) {
        return "(schema version " + summary.schemaVersion() + ": " + summary.rows().getOrDefault("tasks", 0L) + " tasks, "
                + summary.rows().getOrDefault("projects", 0L) + " projects, " + summary.rows().getOrDefault("runs", 0L)
                + " runs)";
    }

    public void select(BackupFile backup) {
        if (!replacing) {
            selected.set(backup);
        }
    }

    public ObservableList<BackupFile> files() { return files; }
    public ReadOnlyObjectProperty<BackupFile> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What restore waits for the next start; empty when none. */
    public ReadOnlyStringProperty pendingRestoreProperty() { return pendingRestore.getReadOnlyProperty(); }
    public StatusLine status() { return status; }
}
