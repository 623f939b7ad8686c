package io.kumo.ui.workflows.history;

import atlantafx.base.theme.Styles;
import io.kumo.ui.runs.RunStatusStyle;
import io.kumo.workflow.service.WorkflowRunRecord;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A workflow's runs history: the runs table ("load more" below) above; the selected run's header with Stop and
 * Re-run from failed, its timeline and its steps below. Binds only; the view-model does the work. While shown and a
 * run is going on, the clock is read every second so running bars grow.
 */
public final class WorkflowHistoryView extends SplitPane {

    private final WorkflowHistoryViewModel model;
    private final Timeline clock;

    public WorkflowHistoryView(WorkflowHistoryViewModel model) {
        this.model = model;
        setId("workflow-history");
        setOrientation(Orientation.VERTICAL);
        clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            WorkflowRunRecord run = model.selectedProperty().get();
            if (run != null && !run.status().isTerminal()) {
                model.tick();
            }
        }));
        clock.setCycleCount(Timeline.INDEFINITE);

        WorkflowRunsTable runs = new WorkflowRunsTable(model);
        Button more = new Button("Load more");
        more.setId("workflow-runs-more");
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        more.setOnAction(event -> model.loadMore());
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox top = new VBox(6, runs, more);
        top.setMinHeight(0);

        ScrollPane timeline = new ScrollPane(new TimelineView(model));
        timeline.setId("workflow-timeline-scroll");
        timeline.setFitToWidth(true);
        timeline.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        timeline.setPrefViewportHeight(140);
        timeline.setMinHeight(60);
        StepsTable steps = new StepsTable(model);
        steps.setMinHeight(80);
        SplitPane details = new SplitPane(timeline, steps);
        details.setOrientation(Orientation.VERTICAL);
        details.setDividerPositions(0.5);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox bottom = new VBox(8, header(), details);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        bottom.setMinHeight(0);

        getItems().addAll(top, bottom);
        setDividerPositions(0.35);
    }

    private HBox header() {
        Label title = new Label();
        title.setId("workflow-run-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("workflow-run-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setMinWidth(0);
        model.selectedProperty().addListener((obs, old, run) -> {
            title.setText(run == null ? "" : "Run #" + run.id() + " · " + RunStatusStyle.label(run.status()));
            error.setText(run == null || run.error() == null ? "" : run.error());
            title.setGraphic(run == null ? null : RunStatusStyle.graphic(run.status()));
        });
        Label message = new Label();
        message.setId("workflow-history-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Button stop = new Button("Stop", FontIcon.of(Feather.STOP_CIRCLE));
        stop.setId("workflow-run-stop");
        stop.setTooltip(new Tooltip("Stop every running step of this run and cancel the rest"));
        stop.disableProperty().bind(model.canStopProperty().not());
        stop.setOnAction(event -> model.stop());
        Button rerun = new Button("Re-run from failed", FontIcon.of(Feather.ROTATE_CW));
        rerun.setId("workflow-run-rerun");
        rerun.setTooltip(new Tooltip("A new run that keeps this run's successful steps and runs the failed ones again"));
        rerun.disableProperty().bind(model.canRerunProperty().not());
        rerun.setOnAction(event -> model.rerunFromFailed());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        rerun.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, error, message, spacer, stop, rerun);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Shown: follow the run events, read the runs, let running bars grow. */
    public void onShow() {
        model.activate();
        clock.play();
    }

    public void onHide() {
        clock.stop();
        model.deactivate();
    }

    public WorkflowHistoryViewModel model() {
        return model;
    }
}
