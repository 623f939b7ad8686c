package io.kumo.ui.runs;

import io.kumo.domain.RunStatus;
import io.kumo.engine.MissingProgram;
import io.kumo.python.Cancellation;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * For an opened run that failed because its program is missing from its environment: whether installing the
 * project's requirements there is offered, the install itself in the background, and how it went.
 */
public final class InstallRequirementsModel {

    private final RunFixes fixes;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<MissingProgram> missing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper installing = new ReadOnlyBooleanWrapper();
    private long runId = -1;
    private String error;
    private long request;

    InstallRequirementsModel(RunFixes fixes, BackgroundExecutor background) {
        this.fixes = fixes;
        this.background = background;
    }

    /** The opened run (null: none); advice is read again only when the run or its error changed. */
    void show(RunRow row) {
        String rowError = row == null || row.status() != RunStatus.FAILED ? null : row.error();
        long rowId = row == null ? -1 : row.id();
        if (rowId == runId && Objects.equals(rowError, error)) {
            return;
        }
        runId = rowId;
        error = rowError;
        long mine = ++request;
        if (!installing.get()) {
            status.set("");
        }
        missing.set(null);
        if (rowError == null) {
            return;
        }
        background.run(() -> fixes.advise(row.taskId(), rowError).orElse(null), found -> {
            if (mine == request) {
                missing.set(found);
            }
        }, failure -> { }); // no advice: the run's error still says what failed
    }

    public void install() {
        MissingProgram target = missing.get();
        if (target == null || installing.get()) {
            return;
        }
        installing.set(true);
        long forRun = runId; // its outcome belongs under that run, not under one opened meanwhile
        String where = "'" + target.environment().getName() + "'";
        status.set("Installing " + target.requirementsLabel() + " into " + where + "\u2026");
        AtomicReference<String> lastLine = new AtomicReference<>("");
        background.run(() -> {
            fixes.install(target, line -> {
                if (!line.isBlank()) {
                    lastLine.set(line.strip());
                }
            }, new Cancellation());
            return target;
        }, done -> {
            installing.set(false);
            showFor(forRun, "Installed " + done.requirementsLabel() + " into " + where + ". Run the task again.");
        }, failure -> {
            installing.set(false);
            showFor(forRun, "Could not install into " + where + ": " + (failure.getMessage() == null ? failure : failure.getMessage())
                    + (lastLine.get().isEmpty() ? "" : " (" + lastLine.get() + ")"));
        });
    }

    private void showFor(long run, String text) {
        status.set(run == runId ? text : "");
    }

    /** The missing program's advice when installing is worth offering; null otherwise. */
    public ReadOnlyObjectProperty<MissingProgram> missingProperty() { return missing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty installingProperty() { return installing.getReadOnlyProperty(); }
}
