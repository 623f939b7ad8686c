package io.kumo.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table's rows and its selected row, for a view-model that reloads the whole list after each change: the selection
 * follows its row's key across a reload (or moves to a row just made), and the table's own clearing while its items
 * are replaced is not taken for the user's choice.
 */
public final class KeyedRows<T> {

    private final Function<T, String> key;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private boolean replacing;

    public KeyedRows(Function<T, String> key) {
        this.key = key;
    }

    /** Shows {@code list}, selecting the row keyed {@code keep}, else the row selected before (if still there). */
    public void show(List<T> list, String keep) {
        String kept = keep != null ? keep : selected.get() == null ? null : key.apply(selected.get());
        replacing = true;
        rows.setAll(list);
        replacing = false;
        selected.set(list.stream().filter(row -> Objects.equals(key.apply(row), kept)).findFirst().orElse(null));
    }

    /** The user's choice in the table. */
    public void select(T row) {
        if (!replacing) {
            selected.set(row);
        }
    }

    public T selected() {
        return selected.get();
    }

    public ObservableList<T> rows() { return rows; }
    public ReadOnlyObjectProperty<T> selectedProperty() { return selected; }
}
