package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The task's own environment variables: a small name/value table edited in place, with Add and Remove. */
final class EnvVariablesEditor extends VBox {

    EnvVariablesEditor(ObservableList<VariableRow> variables, Runnable add) {
        TableView<VariableRow> table = new TableView<>(variables);
        table.setId("task-variables");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(column("Name", 150, VariableRow::nameProperty, "NAME"),
                column("Value", 220, VariableRow::valueProperty, "value")));
        Label placeholder = new Label("None of its own: the task gets the global variables and Kumo's (KUMO_TASK_ID…)");
        placeholder.setStyle("-fx-font-size: 0.9em;");
        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setPrefHeight(150);
        table.setPrefWidth(TriggerSection.HINT_WIDTH);

        Button addButton = new Button("Add", FontIcon.of(Feather.PLUS));
        addButton.setId("task-variable-add");
        addButton.getStyleClass().add(Styles.SMALL);
        addButton.setOnAction(event -> {
            add.run();
            table.getSelectionModel().selectLast();
        });
        Button remove = new Button("Remove", FontIcon.of(Feather.MINUS));
        remove.setId("task-variable-remove");
        remove.getStyleClass().add(Styles.SMALL);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> variables.remove(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(6, addButton, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(table, buttons);
        setSpacing(6);
    }

    private static TableColumn<VariableRow, VariableRow> column(String title, double width,
                                                                Function<VariableRow, StringProperty> property, String prompt) {
        TableColumn<VariableRow, VariableRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new BoundTextCell(property, prompt));
        return column;
    }

    /** A text field bound both ways to the row's property: what is typed is kept without pressing Enter. */
    private static final class BoundTextCell extends TableCell<VariableRow, VariableRow> {
        private final Function<VariableRow, StringProperty> property;
        private final TextField field = new TextField();
        private StringProperty bound;

        BoundTextCell(Function<VariableRow, StringProperty> property, String prompt) {
            this.property = property;
            field.setPromptText(prompt);
            field.getStyleClass().add(Styles.SMALL);
        }

        @Override
        protected void updateItem(VariableRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
            } else {
                bound = property.apply(row);
                field.textProperty().bindBidirectional(bound);
                setGraphic(field);
            }
        }
    }
}
