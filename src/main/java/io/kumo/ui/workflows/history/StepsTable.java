package io.kumo.ui.workflows.history;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.runs.RunFormat;
import io.kumo.workflow.service.StepRunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The steps of the selected run (handlers last); a click or Enter on one opens its log. */
final class StepsTable extends TableView<StepRunRecord> {

    StepsTable(WorkflowHistoryViewModel model) {
        super(model.steps());
        setId("workflow-steps-table");
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        setPlaceholder(new Label("Select a run to see its steps."));
        getColumns().addAll(columns(model));
        setRowFactory(view -> {
            TableRow<StepRunRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && row.getItem() != null) {
                    model.openLog(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                model.openLog(getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    /** "extract"; a handler: "on failure", or "on failure: notify" when it has a name of its own. */
    static String name(StepRunRecord step) {
        if (step.handler() == null) {
            return step.name();
        }
        String when = "on " + step.handler();
        return step.name().equals("on_" + step.handler()) ? when : when + ": " + step.name();
    }

    static Duration duration(StepRunRecord step, Instant now) {
        Instant end = TimelineScale.endOf(step, now);
        return step.startedAt() == null || end == null ? null : Duration.between(step.startedAt(), end);
    }

    private static List<TableColumn<StepRunRecord, ?>> columns(WorkflowHistoryViewModel model) {
        return List.of(
                Columns.text("Step", 170, StepsTable::name),
                Columns.<StepRunRecord>status("Status", 105, step -> StepStatusStyle.label(step.status()),
                        step -> StepStatusStyle.styleClass(step.status()), step -> null),
                Columns.text("Attempts", 70, step -> String.valueOf(step.attempts())),
                Columns.text("Exit", 50, step -> RunFormat.orDash(step.exitCode())),
                Columns.text("Duration", 85, step -> RunFormat.duration(duration(step, model.nowProperty().get()))),
                Columns.text("Note", 300, step -> step.note() == null ? "" : step.note()));
    }
}
