package io.kumo.ui.workflows;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.tasks.StatusBadge;
import io.kumo.ui.tasks.TimeText;
import io.kumo.workflow.service.WorkflowSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The workflow list: name, schedule in words, step count, last status as a badge, last and next run. */
final class WorkflowTable {

    private WorkflowTable() {
    }

    static TableView<WorkflowSummary> create(ObservableList<WorkflowSummary> rows, Clock clock) {
        TableView<WorkflowSummary> table = new TableView<>(rows);
        table.setId("workflows-table");
        table.getStyleClass().addAll("workflows-table", Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // narrow list: scroll sideways, never "Sc…"
        Label empty = new Label("No workflows yet.\nNew starts one (blank or from a template); Import… brings a Kumo or Dagu file.");
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        TableColumn<WorkflowSummary, WorkflowSummary> status = new TableColumn<>("Last status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(column -> new BadgeCell());
        status.setPrefWidth(115);
        table.getColumns().addAll(List.of(
                text("Name", 140, WorkflowSummary::name),
                status,
                text("Schedule", 120, row -> row.enabled() ? row.schedule() : row.schedule() + " (paused)"),
                text("Steps", 55, row -> Integer.toString(row.steps())),
                text("Last run", 100, row -> when(row.lastRunAt(), clock)),
                text("Next run", 100, row -> when(row.nextRunAt(), clock))));
        return table;
    }

    private static String when(Instant at, Clock clock) {
        return at == null ? "—" : TimeText.relative(at, clock.instant());
    }

    private static TableColumn<WorkflowSummary, String> text(String title, double width, Function<WorkflowSummary, String> value) {
        TableColumn<WorkflowSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The last status as the task table shows it. */
    private static final class BadgeCell extends TableCell<WorkflowSummary, WorkflowSummary> {
        private final StatusBadge badge = new StatusBadge();

        @Override
        protected void updateItem(WorkflowSummary row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                badge.show(row.lastStatus(), row.lastStatus() != null && !row.lastStatus().isTerminal());
                setGraphic(badge);
            }
        }
    }
}
