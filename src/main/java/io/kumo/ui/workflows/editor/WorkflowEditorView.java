package io.kumo.ui.workflows.editor;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.ui.workflows.graph.GraphEditing;
import io.kumo.ui.workflows.graph.WorkflowGraphView;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowValidator;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Editor tab: a toolbar (add step, auto layout, reset view, save), the editable graph, the side form of the
 * selected step or of the workflow, and the validator's problems under the graph. Binds to a
 * {@link WorkflowEditorModel}; saving is the pane's ({@code save}).
 */
public final class WorkflowEditorView extends BorderPane {

    private final WorkflowEditorModel model;
    private final WorkflowGraphView graph = new WorkflowGraphView();
    private final StepForm stepForm;
    private final WorkflowForm workflowForm;
    private final ScrollPane side = new ScrollPane();
    private final ListView<WorkflowValidator.Problem> problems;
    private final Label saveError = Forms.error("workflow-save-error");

    public WorkflowEditorView(WorkflowEditorModel model, ObservableList<String> tasks, ObservableList<String> projects,
                              ObservableList<String> environments, ObservableValue<String> saveMessage,
                              ObservableValue<Boolean> saving, Runnable save) {
        this.model = model;
        setId("workflow-editor");
        stepForm = new StepForm(model, tasks, projects, environments);
        workflowForm = new WorkflowForm(model, ZoneId.systemDefault());
        graph.setId("workflow-graph-editor");
        graph.setEditing(new ModelEditing());
        graph.setEmptyText("Double-click here or use Add step to add a step;\ndrag from a step's right handle onto another to connect them.");

        Button add = button("Add step", "workflow-add-step", Feather.PLUS_SQUARE, null, () -> model.addStep(null));
        Button layout = button("Auto layout", "workflow-auto-layout", Feather.GRID, null, model::autoLayout);
        Button reset = button("", "workflow-reset-view", Feather.MAXIMIZE, null, graph::fitView);
        reset.setTooltip(new Tooltip("Show the whole graph: 100 %, or smaller when it does not fit"));
        Button saveButton = button("Save", "workflow-save", Feather.SAVE,
                Bindings.createBooleanBinding(() -> !model.validProperty().get() || !model.dirtyProperty().get()
                        || Boolean.TRUE.equals(saving.getValue()), model.validProperty(), model.dirtyProperty(), saving), save);
        saveButton.getStyleClass().add(Styles.ACCENT);
        Label unsaved = new Label("unsaved changes");
        unsaved.setId("workflow-unsaved");
        unsaved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        unsaved.visibleProperty().bind(model.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, layout, reset, spacer, unsaved, saveButton);
        toolbar.getStyleClass().add("workflow-toolbar");
        toolbar.setPadding(new Insets(0, 0, 8, 0));
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        problems = new ListView<>(model.problems());
        problems.setId("workflow-problems");
        problems.getStyleClass().addAll("workflow-problems", Styles.DENSE);
        problems.setPrefHeight(64);
        problems.managedProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.visibleProperty().bind(problems.managedProperty());
        problems.setOnMouseClicked(event -> {
            WorkflowValidator.Problem problem = problems.getSelectionModel().getSelectedItem();
            if (problem != null && problem.step() != null) {
                model.select(problem.step());
            }
        });
        saveError.textProperty().bind(saveMessage);

        side.setId("workflow-side-form");
        side.setFitToWidth(true);
        side.setMinWidth(240);
        side.setPrefWidth(280);
        side.getStyleClass().add("workflow-side");
        VBox graphColumn = new VBox(6, graph, problems, saveError);
        VBox.setVgrow(graph, Priority.ALWAYS);
        SplitPane split = new SplitPane(graphColumn, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        setTop(toolbar);
        setCenter(split);

        model.definitionProperty().addListener((obs, old, now) -> showDefinition(now));
        model.selectedStepProperty().addListener((obs, old, now) -> showSide());
        model.problems().addListener((ListChangeListener<WorkflowValidator.Problem>) change -> markProblems());
        showDefinition(model.definition());
    }

    public WorkflowGraphView graph() {
        return graph;
    }

    private void showDefinition(WorkflowDefinition definition) {
        graph.setDefinition(definition);
        graph.setSelectedStep(model.selectedStepProperty().get());
        markProblems();
        if (!stepForm.applying() && !workflowForm.applying()) {
            showSide();
        }
    }

    private void showSide() {
        graph.setSelectedStep(model.selectedStepProperty().get());
        model.selected().ifPresentOrElse(step -> {
            stepForm.show(step, model.definition().steps().stream().map(StepDefinition::name)
                    .filter(name -> !name.equals(step.name())).toList());
            if (side.getContent() != stepForm) {
                side.setContent(stepForm);
            }
        }, () -> {
            workflowForm.show(model.definition());
            if (side.getContent() != workflowForm) {
                side.setContent(workflowForm);
            }
        });
    }

    private void markProblems() {
        graph.setInvalidSteps(model.problems().stream().map(WorkflowValidator.Problem::step).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The graph's gestures as the model's commands. */
    private final class ModelEditing implements GraphEditing {
        @Override
        public void select(String step) {
            model.select(step);
        }

        @Override
        public void add(StepDefinition.Position position) {
            model.addStep(position);
        }

        @Override
        public void move(String step, StepDefinition.Position position) {
            model.moveStep(step, position);
        }

        @Override
        public void connect(String from, String to) {
            model.connect(from, to);
        }

        @Override
        public void disconnect(String from, String to) {
            model.disconnect(from, to);
        }

        @Override
        public void delete(String step) {
            model.deleteStep(step);
        }
    }
}
