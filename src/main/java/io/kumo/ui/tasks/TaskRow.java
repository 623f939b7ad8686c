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
            item.set(latest);
        }
    }

    public ReadOnlyObjectProperty<TaskItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return item().name();
    }
}
