package io.kumo.ui.tasks;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A row of the task table. It keeps its identity while its snapshot is replaced, so a refresh redraws the row in
 * place and the table keeps its selection and scroll position.
 */
public final class TaskRow {

    private final long id;
    private final ReadOnlyObjectWrapper<TaskItem> item;
    private String searchText;

    TaskRow(TaskItem item) {
        this.id = item.id();
        this.item = new ReadOnlyObjectWrapper<>(item);
    }

    public long id() {
        return id;
    }

    public TaskItem item() {
        return item.get();
    }

    /** Replaces the snapshot; an equal one changes nothing. */
    void show(TaskItem latest) {
        if (!latest.equals(item.get())) {
            searchText = null;
            item.set(latest);
        }
    }

    /** What the filter's free text searches in this row's item, made once per item (FX thread only). */
    String searchText() {
        if (searchText == null) {
            searchText = TaskFilter.searchText(item.get());
        }
        return searchText;
    }

    public ReadOnlyObjectProperty<TaskItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return item().name();
    }
}
