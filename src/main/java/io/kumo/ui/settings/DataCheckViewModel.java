package io.kumo.ui.settings;

import io.kumo.datacheck.DataCheck;
import io.kumo.datacheck.Finding;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs the data check on request and cleans one kind of leftover at a time, after the user confirms. */
public final class DataCheckViewModel {

    private final DataCheck check;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StatusLine status = new StatusLine();

    public DataCheckViewModel(DataCheck check, BackgroundExecutor background, DialogService dialogs) {
        this.check = check;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void run() {
        busy.set(true);
        status.info("Checking…");
        background.run(check::run, found -> {
            busy.set(false);
            findings.setAll(found);
            status.info(summary(found));
        }, this::failed);
    }

    public void clean(Finding finding) {
        int count = finding.items().size();
        if (!dialogs.confirm("Clean up: " + finding.kind().label() + "?", cleanMessage(finding.kind(), count), "Clean")) {
            return;
        }
        busy.set(true);
        status.info("Cleaning…");
        background.run(() -> new Cleaned(check.clean(finding.kind()), check.run()), cleaned -> {
            busy.set(false);
            findings.setAll(cleaned.after());
            String kept = cleaned.count() < count && finding.kind() == Finding.Kind.PROJECTS_WITHOUT_FOLDER
                    ? " (" + (count - cleaned.count()) + " kept: still used by tasks)" : "";
            status.good("Cleaned " + cleaned.count() + " of " + count + ": " + finding.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + kept + ". " + summary(cleaned.after()));
        }, this::failed);
    }

    private record Cleaned(int count, List<Finding> after) {
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.bad("The data check failed: " + error.getMessage());
        dialogs.showError("The data check failed", error);
    }

    static String cleanMessage(Finding.Kind kind, int count) {
        return switch (kind) {
            case RUNS_WITHOUT_TASK -> "The run records whose task was deleted, and their logs, are deleted.";
            case LOGS_WITHOUT_RUN -> count + " log file(s) that no run points to are deleted.";
            case PROJECTS_WITHOUT_FOLDER -> "The records of projects whose folder is gone are removed (they can be restored "
                    + "from the trash); projects still used by tasks are kept.";
            case ENVIRONMENTS_WITHOUT_INTERPRETER -> "Environments whose interpreter is gone are marked broken; their tasks "
                    + "fail with a clear message until the environment is recreated.";
        };
    }

    static String summary(List<Finding> found) {
        long kinds = found.stream().filter(finding -> !finding.isEmpty()).count();
        return kinds == 0 ? "Everything fits together: nothing to clean." : kinds + " kind(s) of leftovers found.";
    }

    public ObservableList<Finding> findings() { return findings; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StatusLine status() { return status; }
}
