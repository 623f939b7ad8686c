package io.kumo.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing its text with the full text as tooltip, for columns whose values can be longer than the column
 * is wide: a cut value stays readable by hovering it.
 */
public final class FullTextCell<T> extends TableCell<T, String> {

    /** Gives every cell of {@code column} its full text as tooltip; returns the column. */
    public static <T> TableColumn<T, String> on(TableColumn<T, String> column) {
        column.setCellFactory(ignored -> new FullTextCell<>());
        return column;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(empty ? null : text);
        if (blank) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(text));
        } else {
            getTooltip().setText(text);
        }
    }
}
