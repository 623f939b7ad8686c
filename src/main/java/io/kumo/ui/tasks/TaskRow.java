package io.kumo.ui.tasks;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A row of the task table. It keeps its identity while its snapshot is replaced, so a refresh redraws the row in
 * place and the table keeps its selection and scroll position. Rows are made in the background with everything the
 * filter needs (its search text), so the FX thread only swaps snapshots in.
 */
public final class TaskRow {

    private final long id;
    private final ReadOnlyObjectWrapper<TaskItem> item;
    private String searchText;

    /** Any thread: the row is not shown yet. */
    TaskRow(TaskItem item) {
        this(item, TaskFilter.searchText(item));
    }

    /** @param searchText {@link TaskFilter#searchText} of the item, made already */
    TaskRow(TaskItem item, String searchText) {
        this.id = item.id();
        this.item = new ReadOnlyObjectWrapper<>(item);
        this.searchText = searchText;
    }

    public long id() {
        return id;
    }

    public TaskItem item() {
        return item.get();
    }

    /** Takes the snapshot of a fresh row of the same task (FX thread); false when it equals the one shown. */
    boolean take(TaskRow fresh) {
        if (fresh.item().equals(item.get())) {
            return false;
        }
        searchText = fresh.searchText;
        item.set(fresh.item());
        return true;
    }

    /** What the filter's free text searches in this row's item (see {@link TaskFilter#searchText}). */
    String searchText() {
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
