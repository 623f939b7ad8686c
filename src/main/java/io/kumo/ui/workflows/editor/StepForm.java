package io.kumo.ui.workflows.editor;

import atlantafx.base.theme.Styles;
import io.kumo.workflow.RetryPolicy;
import io.kumo.workflow.RunCondition;
import io.kumo.workflow.StepDefinition;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The side form of the selected step: what it runs (a command, or an existing task), where, its variables, what it
 * depends on, when it runs, retries, timeout and output. Every change is one {@link WorkflowEditorModel#updateStep};
 * the name is renamed when the field is left or Enter is pressed.
 */
final class StepForm extends VBox {

    static final List<String> CONDITIONS = List.of("all_success", "any_failed", "always", "expression");

    private final WorkflowEditorModel model;
    private final TextField name = Forms.field("workflow-step-name", "name");
    private final Label nameError = Forms.error("workflow-step-name-error");
    private final RadioButton runsCommand = new RadioButton("Command");
    private final RadioButton runsTask = new RadioButton("Task");
    private final TextField command = Forms.field("workflow-step-command", "python3 extract.py");
    private final ComboBox<String> task = new ComboBox<>();
    private final ComboBox<String> project = new ComboBox<>();
    private final ComboBox<String> environment = new ComboBox<>();
    private final TextField dir = Forms.field("workflow-step-dir", "working directory");
    private final TextArea env = Forms.area("workflow-step-env", "KEY=VALUE, one a line");
    private final FlowPane depends = new FlowPane(8, 4);
    private final ComboBox<String> condition = new ComboBox<>();
    private final TextField expression = Forms.field("workflow-step-expression", "steps.extract.exit_code == 0");
    private final Spinner<Integer> retries = new Spinner<>(0, 100, 0);
    private final Spinner<Integer> retryInterval = new Spinner<>(0, 86_400, 0, 5);
    private final TextField timeout = Forms.field("workflow-step-timeout", "seconds");
    private final CheckBox continueOnFailure = new CheckBox("Continue on failure");
    private final TextField output = Forms.field("workflow-step-output", "OUTPUT_NAME");
    private String shown;
    private boolean loading;
    private boolean applying;

    StepForm(WorkflowEditorModel model, ObservableList<String> tasks, ObservableList<String> projects,
             ObservableList<String> environments) {
        super(6);
        this.model = model;
        setId("workflow-step-form");
        getStyleClass().add("workflow-form");
        ToggleGroup runs = new ToggleGroup();
        runsCommand.setToggleGroup(runs);
        runsTask.setToggleGroup(runs);
        runsCommand.setId("workflow-step-runs-command");
        runsTask.setId("workflow-step-runs-task");
        task.setItems(tasks);
        task.setId("workflow-step-task");
        project.setItems(projects);
        project.setEditable(true);
        project.setId("workflow-step-project");
        environment.setItems(environments);
        environment.setEditable(true);
        environment.setId("workflow-step-environment");
        condition.getItems().setAll(CONDITIONS);
        condition.setId("workflow-step-condition");
        depends.setId("workflow-step-depends");
        retries.setId("workflow-step-retries");
        retryInterval.setId("workflow-step-retry-interval");
        retries.setEditable(true);
        retryInterval.setEditable(true);
        retries.setPrefWidth(85);
        retryInterval.setPrefWidth(95);
        continueOnFailure.setId("workflow-step-continue");
        for (ComboBox<String> box : List.of(task, project, environment, condition)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }

        Label title = new Label("Step");
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(title,
                Forms.labelled("Name", name), nameError,
                Forms.labelled("Runs", new HBox(12, runsCommand, runsTask)), command, task,
                Forms.labelled("Project", project), Forms.labelled("Environment", environment),
                Forms.labelled("Working directory", dir), Forms.labelled("Variables", env),
                Forms.labelled("Depends on", depends),
                Forms.labelled("Runs when", condition), expression,
                Forms.labelled("Retries, every (s)", new HBox(8, retries, retryInterval)),
                Forms.labelled("Timeout (s)", timeout), continueOnFailure,
                Forms.labelled("Output name", output));

        name.setOnAction(event -> rename());
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                rename();
            }
        });
        runs.selectedToggleProperty().addListener((obs, old, now) -> {
            command.setVisible(now == runsCommand);
            command.setManaged(now == runsCommand);
            task.setVisible(now == runsTask);
            task.setManaged(now == runsTask);
            apply();
        });
        condition.valueProperty().addListener((obs, old, now) -> {
            expression.setVisible("expression".equals(now));
            expression.setManaged("expression".equals(now));
            apply();
        });
        Forms.onAnyChange(this::apply, command.textProperty(), dir.textProperty(), expression.textProperty(),
                timeout.textProperty(), output.textProperty(), env.textProperty(), task.valueProperty(),
                project.valueProperty(), environment.valueProperty(), retries.valueProperty(),
                retryInterval.valueProperty(), continueOnFailure.selectedProperty());
    }

    /** True while the form itself is changing the model: the editor then does not reload it. */
    boolean applying() {
        return applying;
    }

    /** Fills the form with {@code step}; {@code others} are the steps it may depend on. */
    void show(StepDefinition step, List<String> others) {
        loading = true;
        try {
            shown = step.name();
            name.setText(step.name());
            nameError.setText("");
            (step.runsTask() ? runsTask : runsCommand).setSelected(true);
            command.setText(orEmpty(step.command()));
            task.setValue(step.task());
            project.setValue(step.project());
            environment.setValue(step.environment());
            dir.setText(orEmpty(step.dir()));
            env.setText(KeyValueLines.format(step.env()));
            depends.getChildren().clear();
            for (String other : others) {
                CheckBox box = new CheckBox(other);
                box.setId("workflow-step-depends-" + other);
                box.setSelected(step.depends().contains(other));
                box.selectedProperty().addListener((obs, old, now) -> apply());
                depends.getChildren().add(box);
            }
            RunCondition runIf = step.runIf();
            condition.setValue(runIf instanceof RunCondition.Expression ? "expression" : runIf.text());
            expression.setText(runIf instanceof RunCondition.Expression ? runIf.text() : "");
            retries.getValueFactory().setValue(step.retry().limit());
            retryInterval.getValueFactory().setValue((int) step.retry().intervalSeconds());
            timeout.setText(step.timeoutSeconds() == null ? "" : step.timeoutSeconds().toString());
            continueOnFailure.setSelected(step.continueOnFailure());
            output.setText(orEmpty(step.output()));
        } finally {
            loading = false;
        }
    }

    private void rename() {
        if (loading || shown == null || name.getText().strip().equals(shown)) {
            return;
        }
        if (model.renameStep(shown, name.getText())) {
            shown = name.getText().strip();
            nameError.setText("");
        } else {
            nameError.setText(name.getText().isBlank() ? "A step needs a name" : "Another step is named " + name.getText().strip());
        }
    }

    private void apply() {
        if (loading || shown == null) {
            return;
        }
        applying = true;
        try {
            model.updateStep(shown, this::fill);
            timeout.pseudoClassStateChanged(Styles.STATE_DANGER, !timeout.getText().isBlank() && seconds(timeout.getText()) == null);
        } finally {
            applying = false;
        }
    }

    private StepDefinition fill(StepDefinition step) {
        boolean asTask = runsTask.isSelected();
        List<String> checked = new ArrayList<>();
        depends.getChildren().forEach(node -> {
            if (node instanceof CheckBox box && box.isSelected()) {
                checked.add(box.getText());
            }
        });
        RunCondition runIf = "expression".equals(condition.getValue()) ? RunCondition.of(expression.getText())
                : RunCondition.of(condition.getValue());
        int limit = retries.getValue() == null ? 0 : retries.getValue();
        int interval = retryInterval.getValue() == null ? 0 : retryInterval.getValue();
        return new StepDefinition(step.name(), step.description(), asTask ? null : blankToNull(command.getText()),
                asTask ? task.getValue() : null, blankToNull(dir.getText()), blankToNull(project.getValue()),
                blankToNull(environment.getValue()), checked, KeyValueLines.parse(env.getText()), runIf,
                limit == 0 && interval == 0 ? RetryPolicy.NONE : new RetryPolicy(limit, interval),
                seconds(timeout.getText()), continueOnFailure.isSelected(), step.preconditions(),
                blankToNull(output.getText()), step.position());
    }

    private static Long seconds(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
