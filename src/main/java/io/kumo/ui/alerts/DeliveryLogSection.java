package io.kumo.ui.alerts;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.service.DeliveryView;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The delivery log table with its channel and status filters; a run id opens that run in the Logs pane. */
final class DeliveryLogSection {

    private DeliveryLogSection() {
    }

    static VBox create(DeliveryLogViewModel model, ObservableList<ChannelChoice> channelNames, LongConsumer openRun) {
        TableView<DeliveryView> table = new TableView<>(model.rows());
        table.setId("delivery-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DeliveryView, DeliveryView> run = new TableColumn<>("Run");
        run.setPrefWidth(70);
        run.setMinWidth(60);
        run.setMaxWidth(110);
        run.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        run.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeliveryView item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.runId() == null) {
                    setGraphic(null);
                    setText(empty || item == null || item.workflowRunId() == null ? null : "wf #" + item.workflowRunId());
                } else {
                    Hyperlink link = new Hyperlink("#" + item.runId());
                    link.setOnAction(event -> openRun.accept(item.runId()));
                    setText(null);
                    setGraphic(link);
                }
            }
        });
        TableColumn<DeliveryView, String> time = TextColumn.of("Time", 130, line -> model.time(line.createdAt()));
        time.setMinWidth(120);
        time.setMaxWidth(160);
        TextColumn.withTooltip(time, line -> model.fullTime(line.createdAt()));
        TableColumn<DeliveryView, String> status = TextColumn.of("Status", 90, line -> line.status().name().toLowerCase(java.util.Locale.ROOT));
        status.setMinWidth(85);
        status.setMaxWidth(110);
        TableColumn<DeliveryView, String> attempts = TextColumn.of("Tries", 65, line -> String.valueOf(line.attempts()));
        attempts.setMinWidth(65);
        attempts.setMaxWidth(70);
        TableColumn<DeliveryView, String> error = TextColumn.of("Error", 200, line -> line.error() == null ? "" : line.error());
        error.setMinWidth(120);
        TextColumn.withTooltip(error, line -> line.error());
        table.getColumns().addAll(List.of(time,
                capped(TextColumn.of("Channel", 110, DeliveryView::channel), 200),
                capped(TextColumn.of("Event", 80, line -> line.event().word()), 140)));
        table.getColumns().add(run);
        table.getColumns().addAll(List.of(
                capped(TextColumn.of("Subject", 220, line -> line.subject() == null ? "" : line.subject()), 420),
                status, attempts, error));
        table.setPlaceholder(AlertsView.muted("No deliveries yet. Send a test from the Channels tab to see one here."));

        ComboBox<ChannelChoice> channel = new ComboBox<>(channelNames);
        channel.setId("delivery-filter-channel");
        channel.setPromptText("All channels");
        channel.valueProperty().bindBidirectional(model.channelProperty());
        ComboBox<DeliveryStatus> statusFilter = new ComboBox<>();
        statusFilter.setId("delivery-filter-status");
        statusFilter.getItems().setAll(DeliveryStatus.values());
        statusFilter.setPromptText("Any status");
        statusFilter.valueProperty().bindBidirectional(model.statusProperty());
        Button clear = button("All", "delivery-filter-clear", Feather.X, null, () -> {
            channel.setValue(null);
            statusFilter.setValue(null);
        });
        Button refresh = button("Refresh", "delivery-refresh", Feather.REFRESH_CW, null, model::refresh);
        Label summary = new Label();
        summary.setId("delivery-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        HBox filters = new HBox(8, channel, statusFilter, clear, refresh, summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Wider windows give their room to the error, not to the short columns. */
    private static <T> TableColumn<T, String> capped(TableColumn<T, String> column, double max) {
        column.setMaxWidth(max);
        return column;
    }
}
