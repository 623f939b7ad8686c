package io.kumo.ui.alerts;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.common.SelectionSync;
import io.kumo.ui.common.Windows;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The channels table with Add, Edit, Send test, Enable/Disable and Delete, and the outcome line under it. */
final class ChannelsSection {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.DANGER);

    private ChannelsSection() {
    }

    static VBox create(ChannelsViewModel model) {
        TableView<ChannelItem> table = new TableView<>(model.rows());
        table.setId("channel-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        TableColumn<ChannelItem, String> on = sized(TextColumn.of("On", 40, item -> item.view().enabled() ? "✓" : ""), 36, 44);
        on.setStyle("-fx-alignment: CENTER;");
        TableColumn<ChannelItem, String> url = TextColumn.of("URL", 300, item -> item.view().readable() ? item.view().maskedUrl()
                : "Cannot be read: set its URL again");
        url.setMinWidth(160);
        TextColumn.withTooltip(url, item -> item.view().maskedUrl());
        TableColumn<ChannelItem, String> told = TextColumn.of("Told about", 320, ChannelItem::told);
        told.setMinWidth(160);
        TextColumn.withTooltip(told, ChannelItem::told);
        table.getColumns().addAll(List.of(on,
                sized(TextColumn.of("Name", 130, ChannelItem::name), 90, 220),
                sized(TextColumn.of("Service", 160, item -> item.view().kind().label()), 110, 200),
                url,
                sized(TextColumn.of("Last delivery", 120, ChannelItem::lastDelivery), 120, 140),
                told));
        table.setPlaceholder(AlertsView.muted("No alert channels. Add one to hear of failures by email, chat or webhook."));
        SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model.selectedProperty()::set);
        table.setRowFactory(view -> {
            TableRow<ChannelItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(table, model, false);
                }
            });
            return row;
        });

        BooleanBinding none = model.selectedProperty().isNull().or(model.busyProperty());
        Button add = button("Add…", "channel-add", Feather.PLUS, model.busyProperty(), () -> edit(table, model, true));
        add.getStyleClass().add(Styles.ACCENT);
        Button edit = button("Edit…", "channel-edit", Feather.EDIT_2, none, () -> edit(table, model, false));
        Button test = button("Send test", "channel-test", Feather.SEND, none, model::test);
        Button toggle = button("Disable", "channel-toggle", Feather.POWER, none, model::toggleEnabled);
        toggle.textProperty().bind(model.selectedProperty().map(item -> item.view().enabled() ? "Disable" : "Enable").orElse("Disable"));
        Button remove = button("Delete", "channel-delete", Feather.TRASH_2, none, model::remove);
        remove.getStyleClass().add(Styles.DANGER);
        FlowPane actions = new FlowPane(8, 8, add, edit, test, toggle, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("channel-outcome");
        outcome.setWrapText(true);
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        model.outcomeProperty().subscribe(now -> {
            outcome.setText(now.text());
            outcome.getStyleClass().removeAll(TONES);
            if (!now.text().isEmpty() && !now.text().endsWith("…")) {
                outcome.getStyleClass().add(now.ok() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        VBox box = new VBox(8, actions, outcome, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> column, double min, double max) {
        column.setMinWidth(min);
        column.setMaxWidth(max);
        return column;
    }

    private static void edit(TableView<ChannelItem> table, ChannelsViewModel model, boolean adding) {
        if (adding || model.selectedProperty().get() != null) {
            ChannelDialog.show(Windows.of(table), model.form(adding), model::saved);
        }
    }
}
