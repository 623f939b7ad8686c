package io.kumo.ui.alerts;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table column showing one text read from its row, with the full text as the cell's tooltip: the channels and
 * delivery log tables share it.
 */
final class TextColumn {

    private TextColumn() {
    }

    static <T> TableColumn<T, String> of(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // a cell narrower than its text elides it: its tooltip keeps the full text
        withTooltip(column, value);
        return column;
    }

    /** Cells of {@code column} whose tooltip is {@code tip} of their row (the full text of a cut one); none when null. */
    static <T> void withTooltip(TableColumn<T, String> column, Function<T, String> tip) {
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String shown = row == null ? null : tip.apply(row);
                setTooltip(shown == null || shown.isEmpty() ? null : new Tooltip(shown));
            }
        });
    }
}
