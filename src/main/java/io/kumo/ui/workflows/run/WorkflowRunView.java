package io.kumo.ui.workflows.run;

import io.kumo.ui.common.DisplayTime;
import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.ui.workflows.graph.WorkflowGraphView;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Run tab: the read-only graph of a workflow run, each step coloured by its status as the run goes, a click on a
 * step calls {@link #setOnStepOpened} with the step and its run record (the History engineer opens its log there);
 * Run, Stop and Re-run from failed.
 */
public final class WorkflowRunView extends BorderPane {


    private final WorkflowRunModel model;
    private final WorkflowGraphView graph = new WorkflowGraphView();
    private final Label heading = new Label("No run yet");
    private BiConsumer<String, Long> onStepOpened = (step, runId) -> { };

    public WorkflowRunView(WorkflowRunModel model, ZoneId zone) {
        this.model = model;
        setId("workflow-run-view");
        graph.setId("workflow-graph-run");
        graph.setEmptyText("Save the workflow, then Run it to see its steps here.");
        heading.setId("workflow-run-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Button run = button("Run", "workflow-run-start", Feather.PLAY, model.runningBinding(), model::start);
        Button stop = button("Stop", "workflow-run-stop", Feather.SQUARE, model.runningBinding().not(), model::stop);
        Button rerun = button("Re-run from failed", "workflow-run-rerun", Feather.ROTATE_CCW,
                model.rerunnableBinding().not(), model::rerunFromFailed);
        Label message = new Label();
        message.setId("workflow-run-message");
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        for (Button button : new Button[] {run, stop, rerun}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        heading.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, heading, spacer, message, run, stop, rerun);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(0, 0, 8, 0));
        setTop(toolbar);
        setCenter(graph);

        graph.setOnStepOpened(step -> onStepOpened.accept(step, model.stepRunId(step)));
        model.graphProperty().addListener((obs, old, now) -> {
            graph.setDefinition(now);
            graph.setStatuses(model.statusesProperty().get());
        });
        model.statusesProperty().addListener((obs, old, now) -> graph.setStatuses(now));
        heading.textProperty().bind(Bindings.createStringBinding(() -> describe(model.runProperty().get(), zone),
                model.runProperty()));
        graph.setDefinition(model.graphProperty().get());
    }

    /** Called with the step's name and its latest attempt's run id (null while it never started). */
    public void setOnStepOpened(BiConsumer<String, Long> onStepOpened) {
        this.onStepOpened = onStepOpened == null ? (step, runId) -> { } : onStepOpened;
    }

    public WorkflowGraphView graph() {
        return graph;
    }

    private static String describe(WorkflowRunRecord run, ZoneId zone) {
        if (run == null) {
            return "No run yet";
        }
        String started = run.startedAt() == null ? "queued" : DisplayTime.in(zone).dateTime(run.startedAt());
        return "Run #" + run.id() + " · " + run.status() + " · " + started;
    }
}
