package io.kumo.ui.runs;

import java.util.AbstractList;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The items of the log list: the line numbers 1..n, computed, never stored, so a million-line log costs a
 * ListView nothing but its count. Growing fires one "added" change for the new lines.
 */
final class LineNumbers extends ObservableListBase<Integer> {

    private int size;

    LineNumbers(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        Objects.checkIndex(index, size);
        return index + 1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object value) {
        return value instanceof Integer number && number >= 1 && number <= size ? number - 1 : -1;
    }

    @Override
    public int lastIndexOf(Object value) {
        return indexOf(value);
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    void resize(int newSize) {
        if (newSize == size) {
            return;
        }
        int oldSize = size;
        beginChange();
        if (newSize > oldSize) {
            size = newSize;
            nextAdd(oldSize, newSize);
        } else {
            size = newSize;
            nextRemove(newSize, new AbstractList<Integer>() {
                @Override
                public Integer get(int index) {
                    return newSize + index + 1;
                }

                @Override
                public int size() {
                    return oldSize - newSize;
                }
            });
        }
        endChange();
    }
}
