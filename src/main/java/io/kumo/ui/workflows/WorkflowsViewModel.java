package io.kumo.ui.workflows;

import io.kumo.ui.alerts.AlertsHint;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.workflows.editor.WorkflowEditorModel;
import io.kumo.ui.workflows.run.WorkflowRunModel;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowTemplates;
import io.kumo.workflow.WorkflowYaml;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Workflows pane's state: the workflow list (refreshed from batched run events), the selected workflow open in
 * the editor and followed by the Run tab, and the commands of the toolbar: new (blank or from a template), import,
 * export, run, pause/resume, delete, save. All service work runs on the background executor.
 */
public final class WorkflowsViewModel {

    private final WorkflowPaneServices services;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObservableList<WorkflowSummary> rows = FXCollections.observableArrayList();
    private boolean openedFirst;
    private final ObjectProperty<WorkflowSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> taskNames = FXCollections.observableArrayList();
    private final ObservableList<String> projectNames = FXCollections.observableArrayList();
    private final ObservableList<String> environmentNames = FXCollections.observableArrayList();
    private final StringProperty listMessage = new SimpleStringProperty("");
    private final StringProperty saveMessage = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final WorkflowEditorModel editor = new WorkflowEditorModel();
    private final WorkflowRunModel runs;
    private final WorkflowRunEvents events;
    private final AlertsHint alertsHint;

    public WorkflowsViewModel(WorkflowPaneServices services, BackgroundExecutor background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.runs = new WorkflowRunModel(services.workflows(), background, this::showError);
        this.events = new WorkflowRunEvents(services.workflows(), this::runsChanged);
        this.alertsHint = new AlertsHint(background);
        selected.subscribe(row -> {
            if (row == null) {
                alertsHint.clear();
            } else {
                alertsHint.load(() -> services.alerts().forWorkflow(row.id()), "workflow");
            }
        });
    }

    /** "Alerts go to: …" for the selected workflow ("" when none is selected). */
    public javafx.beans.property.ReadOnlyStringProperty alertsProperty() {
        return alertsHint.textProperty();
    }

    public void start() {
        events.start();
        load();
        background.run(() -> List.of(names(services.taskNames().get()), names(services.projectNames().get()),
                names(services.environmentNames().get())), lists -> {
                    taskNames.setAll(lists.get(0));
                    projectNames.setAll(lists.get(1));
                    environmentNames.setAll(lists.get(2));
                }, this::showError);
    }

    public void stop() {
        events.stop();
    }

    public void load() {
        background.run(services.workflows()::list, list -> {
            String chosen = selected.get() == null ? null : selected.get().name();
            rows.setAll(list);
            if (chosen != null) {
                list.stream().filter(row -> row.name().equals(chosen)).findFirst().ifPresent(selected::set);
            } else if (!openedFirst && !list.isEmpty() && editor.savedName() == null && !editor.dirtyProperty().get()) {
                open(list.getFirst()); // the pane opens on a workflow, not on a blank draft, when there is one
            }
            openedFirst = true; // later loads (run events, the list's tick) never replace a draft the user asked for
        }, this::showError);
    }

    // ---- selection and the editor

    /**
     * Opens {@code row} in the editor and the Run tab; false (and nothing changes) when the editor holds unsaved changes
     * the user keeps.
     */
    public boolean open(WorkflowSummary row) {
        if (row != null && editor.savedName() != null && editor.savedName().equals(row.name()) && !editor.dirtyProperty().get()) {
            selected.set(row);
            return true;
        }
        if (!mayDiscard()) {
            return false;
        }
        selected.set(row);
        if (row == null) {
            return true;
        }
        background.run(() -> services.workflows().get(row.name()), this::openStored, this::showError);
        return true;
    }

    /** A new workflow in the editor: blank, or the template's file. */
    public boolean create(WorkflowTemplates.Template template) {
        if (!mayDiscard()) {
            return false;
        }
        selected.set(null);
        saveMessage.set("");
        if (template == null) {
            editor.open(WorkflowEditorModel.blank(freeName("new-workflow")), null);
        } else {
            editor.openYaml(template.yaml());
        }
        runs.follow(null, null);
        return true;
    }

    public List<WorkflowTemplates.Template> templates() {
        try {
            return WorkflowTemplates.all();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public void save() {
        String yaml = editor.yamlToSave();
        String previous = editor.savedName();
        saving.set(true);
        saveMessage.set("");
        background.run(() -> services.workflows().save(yaml, previous), stored -> {
            saving.set(false);
            editor.markSaved(stored.name(), yaml);
            runs.follow(stored.name(), editor.definition());
            selectAfterLoad(stored.name());
        }, error -> {
            saving.set(false);
            saveMessage.set(message(error));
        });
    }

    // ---- toolbar commands on the selected workflow

    public void run() {
        runs.start();
    }

    public void toggleEnabled() {
        WorkflowSummary row = selected.get();
        if (row != null) {
            background.run(() -> services.workflows().setEnabled(row.name(), !row.enabled()), stored -> load(), this::showError);
        }
    }

    /** Asks first; deleting leaves the editor on a blank workflow. */
    public void delete() {
        WorkflowSummary row = selected.get();
        if (row == null || !dialogs.confirm("Delete workflow " + row.name() + "?",
                "Its runs stay in the history. This cannot be undone.", "Delete")) {
            return;
        }
        background.run(() -> {
            services.workflows().delete(row.name());
            return row.name();
        }, deleted -> {
            selected.set(null);
            editor.open(WorkflowEditorModel.blank("new-workflow"), null);
            runs.follow(null, null);
            load();
        }, this::showError);
    }

    /** Stores the file (created, or replacing the workflow of its name) and opens it; a refused file says why inline. */
    public void importFile(Path file) {
        if (!mayDiscard()) {
            return;
        }
        listMessage.set("");
        background.run(() -> services.workflows().save(WorkflowYaml.namedAfter(Files.readString(file), file.getFileName().toString())), stored -> {
            editor.open(stored.definition(), stored.name());
            runs.follow(stored.name(), stored.definition());
            selectAfterLoad(stored.name());
        }, error -> listMessage.set(file.getFileName() + ": " + message(error)));
    }

    /** Writes the selected workflow's file as saved (its comments kept). */
    public void exportFile(Path file) {
        WorkflowSummary row = selected.get();
        if (row == null) {
            return;
        }
        background.run(() -> Files.writeString(file, services.workflows().get(row.name()).yaml()),
                written -> listMessage.set("Exported " + row.name() + " to " + file), this::showError);
    }

    // ---- read side

    public ObservableList<WorkflowSummary> rows() {
        return rows;
    }

    public ObjectProperty<WorkflowSummary> selectedProperty() {
        return selected;
    }

    public WorkflowEditorModel editor() {
        return editor;
    }

    public WorkflowRunModel runs() {
        return runs;
    }

    public ObservableList<String> taskNames() {
        return taskNames;
    }

    public ObservableList<String> projectNames() {
        return projectNames;
    }

    public ObservableList<String> environmentNames() {
        return environmentNames;
    }

    /** Import and export results, errors with the file's line. */
    public StringProperty listMessageProperty() {
        return listMessage;
    }

    public StringProperty saveMessageProperty() {
        return saveMessage;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public Optional<WorkflowSummary> selected() {
        return Optional.ofNullable(selected.get());
    }

    // ---- internals

    private void runsChanged(Map<Long, WorkflowRunRecord> batch) {
        runs.runsChanged(batch.values());
        load();
    }

    private void openStored(StoredWorkflow stored) {
        saveMessage.set("");
        editor.open(stored.definition(), stored.name());
        runs.follow(stored.name(), stored.definition());
    }

    private void selectAfterLoad(String name) {
        background.run(services.workflows()::list, list -> {
            rows.setAll(list);
            list.stream().filter(row -> row.name().equals(name)).findFirst().ifPresent(selected::set);
        }, this::showError);
    }

    private boolean mayDiscard() {
        if (!editor.dirtyProperty().get()) {
            return true;
        }
        String name = editor.definition().name();
        boolean discard = dialogs.confirm("Discard the changes to " + name + "?",
                "The workflow in the editor has changes that are not saved.", "Discard");
        if (discard) {
            editor.discardChanges();
        }
        return discard;
    }

    private String freeName(String base) {
        String name = base;
        for (int n = 2; rows.stream().anyMatch(row -> row.name().equals(base)) && n < 1000; n++) {
            name = base + "-" + n;
            String candidate = name;
            if (rows.stream().noneMatch(row -> row.name().equals(candidate))) {
                break;
            }
        }
        return name;
    }

    private static List<String> names(List<String> list) {
        return list.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private void showError(Throwable error) {
        dialogs.showError("Workflows", error);
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** The definition the editor shows (tests). */
    WorkflowDefinition editing() {
        return editor.definition();
    }
}
