package io.kumo.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing its text with the full text as tooltip, for columns whose values can be longer than the column
 * is wide: a cut value stays readable by hovering it.
 */
public final class FullTextCell<T> extends TableCell<T, String> {

    private final Function<T, String> tipOf;

    private FullTextCell(Function<T, String> tipOf) {
        this.tipOf = tipOf;
    }

    /** Gives every cell of {@code column} its full text as tooltip; returns the column. */
    public static <T> TableColumn<T, String> on(TableColumn<T, String> column) {
        return on(column, null);
    }

    /** Cells whose tooltip is {@code tipOf} their row (e.g. a longer form of what the cell shows); returns the column. */
    public static <T> TableColumn<T, String> on(TableColumn<T, String> column, Function<T, String> tipOf) {
        column.setCellFactory(ignored -> new FullTextCell<>(tipOf));
        return column;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        T row = empty || getTableRow() == null ? null : getTableRow().getItem();
        String tip = empty ? null : tipOf == null ? text : row == null ? null : tipOf.apply(row);
        if (tip == null || tip.isEmpty()) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(tip));
        } else {
            getTooltip().setText(tip);
        }
    }
}
