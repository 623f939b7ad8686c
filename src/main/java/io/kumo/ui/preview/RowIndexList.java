package io.kumo.ui.preview;

import javafx.collections.ObservableListBase;

/** The row numbers 0..size-1 as a list that holds nothing: a TableView over it asks only for the rows it shows. */
final class RowIndexList extends ObservableListBase<Long> {

    private int size;

    @Override
    public Long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (long) index;
    }

    @Override
    public int size() {
        return size;
    }

    void resize(long rows) {
        int next = (int) Math.min(rows, Integer.MAX_VALUE - 8);
        if (next == size) {
            return;
        }
        int old = size;
        beginChange();
        if (next > old) {
            size = next;
            nextAdd(old, next);
        } else {
            java.util.List<Long> removed = new java.util.ArrayList<>(old - next);
            for (long i = next; i < old; i++) {
                removed.add(i);
            }
            size = next;
            nextRemove(next, removed);
        }
        endChange();
    }
}
