package io.kumo.ui.insights.reports.schedule;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/**
 * The report schedules: a table (name, when in words, period, format, channel, last sent, last error) with Add, Edit,
 * Delete and Send now. Placed into the Reports tab's {@code report-schedules-slot}; reads when shown.
 */
public final class ReportSchedulesView {

    private final ReportSchedulesViewModel model;
    private final VBox root = new VBox(8);
    private final TableView<ReportScheduleRow> table = new TableView<>(); 

    public ReportSchedulesView(ReportSchedulesViewModel model) {
        this.model = model;
        root.setId("report-schedules");
        table.setId("report-schedules-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No report schedules. Add one to have a report sent through a channel."));
        table.getColumns().setAll(java.util.List.of(column("Name", ReportScheduleRow::name), column("When", ReportScheduleRow::when),
                column("Period", ReportScheduleRow::period), column("Format", ReportScheduleRow::format),
                column("Channel", ReportScheduleRow::channel), column("Last sent", ReportScheduleRow::lastSent),
                column("Last error", ReportScheduleRow::lastError)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = button("report-schedule-add", "Add…");
        add.setOnAction(event -> new ReportScheduleDialog(root.getScene().getWindow(), null, model.channelNames(), model).show());
        Button edit = button("report-schedule-edit", "Edit…");
        edit.disableProperty().bind(none);
        edit.setOnAction(event -> new ReportScheduleDialog(root.getScene().getWindow(), selected().schedule(),
                model.channelNames(), model).show());
        Button delete = button("report-schedule-delete", "Delete");
        delete.disableProperty().bind(none);
        delete.setOnAction(event -> model.delete(selected()));
        Button send = button("report-schedule-send", "Send now");
        send.disableProperty().bind(none);
        send.setOnAction(event -> model.sendNow(selected()));
        Label status = new Label();
        status.setId("report-schedules-status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> model.problemProperty().get().isEmpty() ? model.statusProperty().get() : model.problemProperty().get(),
                model.problemProperty(), model.statusProperty()));
        root.getChildren().setAll(new HBox(8, add, edit, delete, send), table, status);
    }

    public VBox root() {
        return root;
    }

    /** Reads the schedules and channels (the tab calls it when shown). */
    public void onShow() {
        model.refresh();
    }

    private ReportScheduleRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    private static TableColumn<ReportScheduleRow, String> column(String title, Function<ReportScheduleRow, String> value) {
        TableColumn<ReportScheduleRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
