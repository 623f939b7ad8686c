package io.kumo.ui.workflows.history;

import atlantafx.base.theme.Styles;
import io.kumo.ui.runs.RunFormat;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Gantt-like timeline of the selected run: an axis of round ticks, then one row per step (handlers last) with a
 * bar from its start to its end in its status colour, its duration beside it and a tooltip (start, end, exit code,
 * attempts, note). A click on a bar opens the step's log. Geometry from {@link TimelineScale}.
 */
final class TimelineView extends VBox {

    static final double NAME_WIDTH = 170;
    private static final double LABEL_ROOM = 80;
    private static final double BAR_HEIGHT = 14;
    private static final double TICK_SPACING = 90;

    private final WorkflowHistoryViewModel model;
    private final Pane axis = new Pane();
    private final VBox rows = new VBox(4);
    private final List<Row> shown = new ArrayList<>();

    TimelineView(WorkflowHistoryViewModel model) {
        this.model = model;
        setId("workflow-timeline");
        getStyleClass().add("workflow-timeline");
        axis.getStyleClass().add("timeline-axis");
        axis.setMinHeight(18);
        axis.setPrefHeight(18);
        getChildren().addAll(axis, rows);
        setSpacing(4);
        model.steps().addListener((ListChangeListener<StepRunRecord>) change -> rebuild());
        model.nowProperty().addListener((obs, old, now) -> place());
        widthProperty().addListener((obs, old, width) -> place());
        rebuild();
    }

    private void rebuild() {
        shown.clear();
        for (StepRunRecord step : model.steps()) {
            shown.add(new Row(step));
        }
        rows.getChildren().setAll(shown.stream().map(row -> row.box).toList());
        place();
    }

    private double trackWidth() {
        return getWidth() - NAME_WIDTH - LABEL_ROOM - getInsets().getLeft() - getInsets().getRight();
    }

    private void place() {
        double width = trackWidth();
        WorkflowRunRecord run = model.selectedProperty().get();
        if (width <= 0 || run == null) {
            axis.getChildren().clear();
            return;
        }
        Instant now = model.nowProperty().get();
        TimelineScale scale = TimelineScale.of(run.startedAt(), model.steps(), now, width);
        axis.getChildren().setAll(scale.ticks(Math.max(2, (int) (width / TICK_SPACING))).stream().map(tick -> {
            Label label = new Label(tick.label());
            label.getStyleClass().addAll("timeline-tick", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            label.setLayoutX(NAME_WIDTH + tick.x());
            return label;
        }).toList());
        for (Row row : shown) {
            TimelineScale.Bar bar = scale.bar(row.step, now);
            row.bar.setLayoutX(bar.x());
            row.bar.setPrefWidth(bar.width());
            row.duration.setLayoutX(bar.x() + bar.width() + 6);
            row.duration.setText(RunFormat.duration(StepsTable.duration(row.step, now)));
        }
    }

    /** One step's line: its name, then the track with its bar and duration. */
    private final class Row {
        final StepRunRecord step;
        final Region bar = new Region();
        final Label duration = new Label();
        final HBox box;

        Row(StepRunRecord step) {
            this.step = step;
            Label name = new Label(StepsTable.name(step));
            name.setMinWidth(NAME_WIDTH);
            name.setPrefWidth(NAME_WIDTH);
            name.setMaxWidth(NAME_WIDTH);
            name.getStyleClass().add("timeline-step-name");
            bar.setId("timeline-bar-" + step.name());
            bar.getStyleClass().addAll("timeline-bar", StepStatusStyle.styleClass(step.status()));
            bar.setPrefHeight(BAR_HEIGHT);
            bar.setLayoutY(4);
            bar.setCursor(step.runId() == null ? Cursor.DEFAULT : Cursor.HAND);
            bar.setOnMouseClicked(event -> model.openLog(step));
            Tooltip tip = new Tooltip(tooltip(step));
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(bar, tip);
            duration.getStyleClass().addAll("timeline-duration", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            duration.setLayoutY(2);
            Pane track = new Pane(bar, duration);
            track.setMinHeight(BAR_HEIGHT + 8);
            HBox.setHgrow(track, Priority.ALWAYS);
            box = new HBox(name, track);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("timeline-row");
        }
    }

    static String tooltip(StepRunRecord step) {
        StringBuilder text = new StringBuilder(StepsTable.name(step)).append(" · ").append(StepStatusStyle.label(step.status()))
                .append("\nStart: ").append(RunFormat.time(step.startedAt()))
                .append("\nEnd: ").append(RunFormat.time(step.endedAt()))
                .append("\nExit code: ").append(RunFormat.orDash(step.exitCode()))
                .append("\nAttempts: ").append(step.attempts());
        if (step.note() != null && !step.note().isBlank()) {
            text.append("\n").append(step.note());
        }
        if (step.runId() != null) {
            text.append("\nClick to open its log");
        }
        return text.toString();
    }
}
