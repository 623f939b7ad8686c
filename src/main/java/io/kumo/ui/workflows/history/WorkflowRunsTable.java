package io.kumo.ui.workflows.history;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.runs.RunFormat;
import io.kumo.ui.runs.RunStatusStyle;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A workflow's runs, newest first: id, status badge, trigger, start, duration, step counts, re-run of. */
final class WorkflowRunsTable extends TableView<WorkflowRunRow> {

    private final WorkflowHistoryViewModel model;

    WorkflowRunsTable(WorkflowHistoryViewModel model) {
        super(model.rows());
        this.model = model;
        setId("workflow-runs-table");
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        setPlaceholder(new Label("No runs yet: run the workflow and its runs appear here."));
        getColumns().addAll(columns(model));
        // the user's choice goes to the model (a click, the arrow keys); the model's selection is shown, never fed back
        setOnMouseClicked(event -> chosen());
        setOnKeyReleased(event -> chosen());
        model.selectedProperty().addListener((obs, old, run) -> showSelected());
        model.rows().addListener((ListChangeListener<WorkflowRunRow>) change -> showSelected());
    }

    private void chosen() {
        WorkflowRunRow row = getSelectionModel().getSelectedItem();
        if (row != null) {
            model.select(row);
        }
    }

    private void showSelected() {
        WorkflowRunRecord run = model.selectedProperty().get();
        if (run == null) {
            getSelectionModel().clearSelection();
            return;
        }
        WorkflowRunRow current = getSelectionModel().getSelectedItem();
        if (current == null || current.id() != run.id()) {
            getItems().stream().filter(row -> row.id() == run.id()).findFirst().ifPresent(row -> getSelectionModel().select(row));
        }
    }

    private static List<TableColumn<WorkflowRunRow, ?>> columns(WorkflowHistoryViewModel model) {
        return List.of(
                Columns.text("Run", 60, row -> "#" + row.id()),
                Columns.<WorkflowRunRow>status("Status", 105, row -> RunStatusStyle.label(row.status()),
                        row -> RunStatusStyle.styleClass(row.status()), row -> RunStatusStyle.graphic(row.status())),
                Columns.text("Trigger", 80, row -> RunFormat.orDash(row.trigger())),
                Columns.text("Started", 150, row -> RunFormat.time(row.startedAt())),
                Columns.text("Duration", 85, row -> RunFormat.duration(row.duration(model.nowProperty().get()))),
                Columns.text("Steps", 190, WorkflowRunRow::stepCounts),
                Columns.text("Re-run of", 75, WorkflowRunRow::rerunText));
    }
}
