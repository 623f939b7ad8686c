package io.kumo.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The task table's rows. A refresh that gives many rows a new snapshot tells the filtered and sorted views so in one
 * change ({@link #updated}) instead of one per row: rows carry no listeners, and a list with an extractor fired 10,000
 * changes (each re-filtered, re-placed in the sort and passed to the table) when a pause changed every next run.
 * FX thread only.
 */
final class TaskRows extends ModifiableObservableListBase<TaskRow> {

    private final List<TaskRow> rows = new ArrayList<>();

    /** Tells the listeners, in one change, that the rows at these positions (ascending) show new snapshots. */
    void updated(List<Integer> positions) {
        if (positions.isEmpty()) {
            return;
        }
        beginChange();
        positions.forEach(this::nextUpdate);
        endChange();
    }

    @Override
    public TaskRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, TaskRow element) {
        rows.add(index, element);
    }

    @Override
    protected TaskRow doSet(int index, TaskRow element) {
        return rows.set(index, element);
    }

    @Override
    protected TaskRow doRemove(int index) {
        return rows.remove(index);
    }
}
