package io.kumo.ui.workflows.history;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.runs.RunFormat;
import io.kumo.ui.runs.RunStatusStyle;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A workflow's runs, newest first: id, status badge, trigger, start, duration, step counts, re-run of. */
final class WorkflowRunsTable extends TableView<WorkflowRunRow> {

    WorkflowRunsTable(WorkflowHistoryViewModel model) {
        super(model.rows());
        setId("workflow-runs-table");
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        setPlaceholder(new Label("No runs yet: run the workflow and its runs appear here."));
        getColumns().addAll(columns(model));
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        model.selectedProperty().addListener((obs, old, run) -> {
            WorkflowRunRow current = getSelectionModel().getSelectedItem();
            if (run != null && (current == null || current.id() != run.id())) {
                getItems().stream().filter(row -> row.id() == run.id()).findFirst()
                        .ifPresent(row -> getSelectionModel().select(row));
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<WorkflowRunRow>) change -> {
            var run = model.selectedProperty().get();
            if (run != null) {
                getItems().stream().filter(row -> row.id() == run.id()).findFirst()
                        .ifPresent(row -> getSelectionModel().select(row));
            }
        });
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
