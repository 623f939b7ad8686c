package io.kumo.ui.alerts;

import io.kumo.ui.common.FullTextCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

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
        FullTextCell.on(column, tip);
    }
}
