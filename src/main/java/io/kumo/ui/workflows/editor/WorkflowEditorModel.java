package io.kumo.ui.workflows.editor;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowFileException;
import io.kumo.workflow.WorkflowValidator;
import io.kumo.workflow.WorkflowYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the visual editor: the definition being edited, the selected step, the validator's problems and the
 * YAML text, kept in sync both ways. Every graph edit is one command here that rewrites the YAML; a YAML edit
 * re-parses and replaces the definition, or leaves it as it was and says where the file is wrong. Touches no control
 * and no service, so its rules are tested without a toolkit.
 */
public final class WorkflowEditorModel {

    private final ObjectProperty<WorkflowDefinition> definition = new SimpleObjectProperty<>(blank("new-workflow"));
    private final StringProperty selectedStep = new SimpleStringProperty();
    private final ObservableList<WorkflowValidator.Problem> problems = FXCollections.observableArrayList();
    private final StringProperty yaml = new SimpleStringProperty("");
    private final StringProperty yamlError = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private String savedName;

    public WorkflowEditorModel() {
        replace(definition.get(), null, false);
    }

    /** An empty workflow named {@code name}. */
    public static WorkflowDefinition blank(String name) {
        return new WorkflowDefinition(name, null, null, Map.of(), Map.of(), List.of(), null, 0, null, null, null);
    }

    // ---- loading and saving

    /** Starts editing a stored workflow ({@code savedName} its stored name) or a new one (null). */
    public void open(WorkflowDefinition workflow, String savedName) {
        this.savedName = savedName;
        selectedStep.set(null);
        replace(StepPlacement.placed(workflow), null, false);
    }

    /** Starts editing a new workflow from a file (a template or an import); refused with the file's line. */
    public void openYaml(String text) {
        open(WorkflowYaml.parse(text), null);
        dirty.set(true);
    }

    /** The saved workflow's name, which the save replaces; null while it was never saved. */
    public String savedName() {
        return savedName;
    }

    /** The user chose to drop the unsaved changes (the editor opens something else next). */
    public void discardChanges() {
        dirty.set(false);
    }

    /**
     * The file {@code savedYaml} was stored as {@code name}; edits made while it was being stored stay unsaved (the
     * editor is clean only when it still holds that file).
     */
    public void markSaved(String name, String savedYaml) {
        savedName = name;
        if (yaml.get().equals(savedYaml)) {
            dirty.set(false);
        }
    }

    // ---- graph edits

    /** Adds a step named step-N at {@code position} (null: after the others) and selects it; its name. */
    public String addStep(StepDefinition.Position position) {
        WorkflowDefinition current = definition.get();
        String name = freeName(current, "step-");
        StepDefinition.Position at = position != null ? position : nextFreePosition(current);
        StepDefinition step = new StepDefinition(name, null, "echo " + name, null, null, null, null, List.of(), Map.of(),
                null, null, null, false, List.of(), null, at);
        List<StepDefinition> steps = new ArrayList<>(current.steps());
        steps.add(step);
        edit(current.withSteps(steps));
        selectedStep.set(name);
        return name;
    }

    public void moveStep(String name, StepDefinition.Position position) {
        updateStep(name, step -> Steps.withPosition(step, position));
    }

    /** {@code to} depends on {@code from} from now on; false when that would be a loop onto itself or is there. */
    public boolean connect(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        Optional<StepDefinition> target = definition.get().step(to);
        if (target.isEmpty() || definition.get().step(from).isEmpty() || target.get().depends().contains(from)) {
            return false;
        }
        List<String> depends = new ArrayList<>(target.get().depends());
        depends.add(from);
        updateStep(to, step -> Steps.withDepends(step, depends));
        return true;
    }

    public void disconnect(String from, String to) {
        updateStep(to, step -> Steps.withDepends(step, step.depends().stream().filter(name -> !name.equals(from)).toList()));
    }

    /** Removes the step and every dependency on it. */
    public void deleteStep(String name) {
        WorkflowDefinition current = definition.get();
        List<StepDefinition> steps = current.steps().stream().filter(step -> !step.name().equals(name))
                .map(step -> Steps.withDepends(step, step.depends().stream().filter(d -> !d.equals(name)).toList()))
                .toList();
        if (name.equals(selectedStep.get())) {
            selectedStep.set(null);
        }
        edit(current.withSteps(steps));
    }

    /**
     * Renames a step and every dependency on it; refused (false) when the name is blank or another step has it.
     */
    public boolean renameStep(String oldName, String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        WorkflowDefinition current = definition.get();
        if (trimmed.isEmpty() || current.step(oldName).isEmpty()) {
            return false;
        }
        if (trimmed.equals(oldName)) {
            return true;
        }
        if (current.step(trimmed).isPresent()) {
            return false;
        }
        List<StepDefinition> steps = current.steps().stream().map(step -> {
            StepDefinition renamed = step.name().equals(oldName) ? Steps.withName(step, trimmed) : step;
            return Steps.withDepends(renamed, renamed.depends().stream().map(d -> d.equals(oldName) ? trimmed : d).toList());
        }).toList();
        boolean wasSelected = oldName.equals(selectedStep.get());
        edit(current.withSteps(steps));
        if (wasSelected) {
            selectedStep.set(trimmed);
        }
        return true;
    }

    /** Replaces one step by what {@code change} makes of it (its name stays: see {@link #renameStep}). */
    public void updateStep(String name, UnaryOperator<StepDefinition> change) {
        WorkflowDefinition current = definition.get();
        if (current.step(name).isEmpty()) {
            return;
        }
        List<StepDefinition> steps = current.steps().stream()
                .map(step -> step.name().equals(name) ? Steps.withName(change.apply(step), name) : step).toList();
        edit(current.withSteps(steps));
    }

    /** Changes the workflow's own fields (name, schedule, params, handlers...). */
    public void updateWorkflow(UnaryOperator<WorkflowDefinition> change) {
        edit(change.apply(definition.get()));
    }

    /** Places every step by {@link DagLayout}. */
    public void autoLayout() {
        WorkflowDefinition current = definition.get();
        Map<String, StepDefinition.Position> positions = StepPlacement.layout(current);
        edit(current.withSteps(current.steps().stream()
                .map(step -> Steps.withPosition(step, positions.getOrDefault(step.name(), step.position()))).toList()));
    }

    public void select(String stepName) {
        selectedStep.set(stepName);
    }

    // ---- the YAML side

    /**
     * The user's edit of the YAML text: parsed, it replaces the definition (steps without a position keep the one they
     * had, or are laid out); a file that does not parse leaves the graph as it was and shows the error with its line.
     */
    public void editYaml(String text) {
        if (text.equals(yaml.get())) {
            return;
        }
        try {
            WorkflowDefinition parsed = WorkflowYaml.parse(text);
            replace(keepPositions(parsed, definition.get()), text, true);
            if (selectedStep.get() != null && parsed.step(selectedStep.get()).isEmpty()) {
                selectedStep.set(null);
            }
        } catch (WorkflowFileException | IllegalArgumentException e) {
            yaml.set(text);
            yamlError.set(e.getMessage());
            dirty.set(true);
            valid.set(false);
        }
    }

    // ---- read side

    public ReadOnlyObjectProperty<WorkflowDefinition> definitionProperty() {
        return definition;
    }

    public WorkflowDefinition definition() {
        return definition.get();
    }

    public StringProperty selectedStepProperty() {
        return selectedStep;
    }

    public Optional<StepDefinition> selected() {
        return Optional.ofNullable(selectedStep.get()).flatMap(definition.get()::step);
    }

    /** The validator's problems of the definition as it stands. */
    public ObservableList<WorkflowValidator.Problem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty yamlProperty() {
        return yaml;
    }

    /** Why the YAML text does not parse ("line 4: ..."), or empty. */
    public ReadOnlyStringProperty yamlErrorProperty() {
        return yamlError;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** No problem and a YAML text that parses: Save may store it. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The text Save stores. */
    public String yamlToSave() {
        return yaml.get();
    }

    // ---- internals

    private void edit(WorkflowDefinition changed) {
        replace(changed, null, true);
    }

    /** {@code text} null: the YAML is written from the definition. */
    private void replace(WorkflowDefinition changed, String text, boolean edited) {
        definition.set(changed);
        problems.setAll(problemsOf(changed));
        yaml.set(text != null ? text : write(changed));
        yamlError.set("");
        valid.set(problems.isEmpty());
        if (edited) {
            dirty.set(true);
        }
    }

    private static List<WorkflowValidator.Problem> problemsOf(WorkflowDefinition changed) {
        try {
            return WorkflowValidator.problems(changed);
        } catch (RuntimeException e) {
            return List.of(new WorkflowValidator.Problem(null, String.valueOf(e.getMessage())));
        }
    }

    private static String write(WorkflowDefinition changed) {
        try {
            return WorkflowYaml.write(changed);
        } catch (RuntimeException e) {
            return "# cannot be written yet: " + e.getMessage() + "\n";
        }
    }

    private static String freeName(WorkflowDefinition workflow, String prefix) {
        int n = workflow.steps().size() + 1;
        while (workflow.step(prefix + n).isPresent()) {
            n++;
        }
        return prefix + n;
    }

    /** A new step has no dependency yet: the first column, under the steps there. */
    private static StepDefinition.Position nextFreePosition(WorkflowDefinition workflow) {
        double y = workflow.steps().stream().map(StepDefinition::position).filter(p -> p != null && p.x() < StepPlacement.COLUMN_GAP / 2)
                .mapToDouble(StepDefinition.Position::y).max().orElse(-StepPlacement.ROW_GAP) + StepPlacement.ROW_GAP;
        return new StepDefinition.Position(0, y);
    }

    private static WorkflowDefinition keepPositions(WorkflowDefinition parsed, WorkflowDefinition before) {
        WorkflowDefinition kept = parsed.withSteps(parsed.steps().stream().map(step -> step.position() != null ? step
                : before.step(step.name()).map(StepDefinition::position).map(p -> Steps.withPosition(step, p)).orElse(step))
                .toList());
        return StepPlacement.placed(kept);
    }
}
