package io.kumo.ui.workflows.history;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The columns of the history's two tables: plain text, and a status badge with its colour class. */
final class Columns {

    private Columns() {
    }

    static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A badge: {@code label} and {@code graphic} of the row's status, its {@code styleClass} on the cell. */
    static <R> TableColumn<R, R> status(String title, double width, Function<R, String> label, Function<R, String> styleClass,
                                        Function<R, Node> graphic) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private String shown;

            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(shown);
                shown = null;
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    shown = styleClass.apply(row);
                    setText(label.apply(row));
                    setGraphic(graphic.apply(row));
                    getStyleClass().add(shown);
                }
            }
        });
        return column;
    }
}
