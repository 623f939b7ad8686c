package io.kumo.ui.tasks;

import io.kumo.common.ValidationException;
import io.kumo.crontab.CrontabImporter;
import io.kumo.crontab.CrontabParser;
import io.kumo.crontab.CrontabText;
import io.kumo.service.TaskService;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The crontab import dialog's state: the crontab text (typed, pasted or read from a file), one preview row per schedule
 * line (lines in error cannot be accepted), and the import of the accepted lines with what was created and what failed.
 */
public final class CrontabImportViewModel {

    private final TaskService tasks;
    private final BackgroundExecutor background;
    private final Runnable onImported;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CrontabRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.acceptedProperty()});
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Paste the output of crontab -l, or open a crontab file.");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canImport;

    CrontabImportViewModel(TaskService tasks, BackgroundExecutor background, Runnable onImported) {
        this.tasks = tasks;
        this.background = background;
        this.onImported = onImported;
        text.addListener((obs, old, now) -> parse(now));
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && rows.stream().anyMatch(row -> row.acceptedProperty().get()),
                rows, busy);
    }

    private void parse(String crontab) {
        rows.setAll(new CrontabParser().parse(crontab == null ? "" : crontab).stream().map(CrontabRow::new).toList());
        long importable = rows.stream().filter(CrontabRow::importable).count();
        summary.set(rows.isEmpty() ? "No schedule lines yet: comments, blank lines and variables are not tasks."
                : rows.size() + (rows.size() == 1 ? " schedule line" : " schedule lines") + ": " + importable
                + " can be imported" + (importable < rows.size() ? ", " + (rows.size() - importable) + " cannot (see the errors)" : ""));
    }

    /** Reads a crontab file in the background into the text. */
    public void open(Path file) {
        busy.set(true);
        background.run(() -> CrontabText.decode(Files.readAllBytes(file), file.toString()), content -> {
            busy.set(false);
            text.set(content);
        }, error -> {
            busy.set(false);
            showResult(error instanceof ValidationException ? error.getMessage() : "Could not read " + file + ": " + error.getMessage(), true);
        });
    }

    /** Creates a task per accepted line, then reports each outcome. */
    public void importAccepted() {
        List<io.kumo.crontab.CrontabEntry> accepted = rows.stream().filter(row -> row.acceptedProperty().get())
                .map(CrontabRow::entry).toList();
        if (accepted.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> new CrontabImporter(tasks).importEntries(accepted), outcomes -> {
            busy.set(false);
            List<String> created = outcomes.stream().filter(outcome -> outcome.task() != null)
                    .map(outcome -> "line " + outcome.entry().lineNumber() + " → task '" + outcome.task().getName() + "'").toList();
            List<String> errors = outcomes.stream().filter(outcome -> outcome.task() == null).map(CrontabImporter.Outcome::error).toList();
            StringBuilder report = new StringBuilder(created.isEmpty() ? "No task created."
                    : "Created " + created.size() + (created.size() == 1 ? " task: " : " tasks: ") + String.join("; ", created) + ".");
            if (!errors.isEmpty()) {
                report.append("\nFailed: ").append(String.join("; ", errors));
            }
            rows.forEach(row -> row.acceptedProperty().set(false));
            showResult(report.toString(), !errors.isEmpty());
            onImported.run();
        }, error -> {
            busy.set(false);
            showResult("Import failed: " + error.getMessage(), true);
        });
    }

    private void showResult(String message, boolean problem) {
        failed.set(problem);
        result.set(message);
    }

    public StringProperty textProperty() { return text; }
    public ObservableList<CrontabRow> rows() { return rows; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public BooleanBinding canImportProperty() { return canImport; }
}
