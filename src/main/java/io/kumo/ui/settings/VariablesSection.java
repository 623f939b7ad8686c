package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.secrets.VariableService.VariableView;
import io.kumo.ui.common.ActionButtons;
import io.kumo.ui.common.Windows;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The global variables table with Add, Edit, Reveal and Remove. */
final class VariablesSection {

    private VariablesSection() {
    }

    static VBox create(VariablesViewModel model) {
        TableView<VariableView> table = new TableView<>(model.rows());
        table.setId("var-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.getColumns().addAll(List.of(
                column("Name", 180, VariableView::name),
                column("Value", 220, model::shownValue),
                column("Secret", 70, row -> row.secret() ? "Yes" : ""),
                column("Description", 260, row -> row.description() == null ? "" : row.description())));
        table.setPlaceholder(Forms.muted("No global variables. Add one to give every run a value such as an API URL or token."));
        io.kumo.ui.common.SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);
        // the value column reads the revealed value: redraw when it appears or goes
        model.revealedProperty().subscribe(revealed -> table.refresh());
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<VariableView>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(table, model);
                }
            });
            return row;
        });

        BooleanBinding none = model.selectedProperty().isNull().or(model.busyProperty());
        Button add = ActionButtons.button("Add…", "var-add", Feather.PLUS, model.busyProperty(),
                () -> VariableDialog.show(Windows.of(table), null).ifPresent(model::save));
        Button edit = ActionButtons.button("Edit…", "var-edit", Feather.EDIT_2, none, () -> edit(table, model));
        Button reveal = ActionButtons.button("Reveal", "var-reveal", Feather.EYE, none.or(model.revealedProperty().isNotNull()),
                model::reveal);
        reveal.setTooltip(new Tooltip("Show the selected secret's value for 30 seconds"));
        Button hide = ActionButtons.button("Hide", "var-hide", Feather.EYE_OFF, model.revealedProperty().isNull(), model::hide);
        Button remove = ActionButtons.button("Remove", "var-remove", Feather.TRASH_2, none, model::remove);
        remove.getStyleClass().add(Styles.DANGER);
        Label status = Forms.status("var-status", model.status());
        HBox actions = new HBox(8, add, edit, reveal, hide, remove, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        return Forms.section(Forms.muted("Given to every run as environment variables (a task's own variables win). "
                + "Secrets are stored encrypted and masked in lists, the audit log and run logs."), table, actions);
    }

    private static void edit(TableView<VariableView> table, VariablesViewModel model) {
        VariableView selected = model.selectedProperty().get();
        if (selected != null) {
            VariableDialog.show(Windows.of(table), selected).ifPresent(model::save);
        }
    }

    private static TableColumn<VariableView, String> column(String title, double width, Function<VariableView, String> value) {
        TableColumn<VariableView, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
