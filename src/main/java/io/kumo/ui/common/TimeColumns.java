package io.kumo.ui.common;

import java.time.LocalDateTime;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths for table columns of date-times: as wide as the widest date-time the user's locale writes, so a column at
 * the default window size never cuts the minutes off ("Dec 28, 2026, 10:58:58 PM" in English, shorter in German).
 */
public final class TimeColumns {

    /** The themes' table text size, and room for the cell's padding and the header's sort arrow. */
    private static final double FONT_SIZE = 14;
    private static final double PADDING = 28;

    private TimeColumns() {
    }

    /** Sets the column's minimum and preferred width to what the widest date-time in {@code time} needs. */
    public static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, DisplayTime time) {
        String widest = time.dateTime(LocalDateTime.of(2026, 12, 28, 22, 58, 58));
        Text text = new Text(widest);
        text.setFont(Font.font(Font.getDefault().getFamily(), FONT_SIZE));
        double width = Math.ceil(text.getLayoutBounds().getWidth() + PADDING);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }
}
