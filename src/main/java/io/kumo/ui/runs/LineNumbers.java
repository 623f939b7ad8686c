package io.kumo.ui.runs;

import java.util.AbstractList;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The items of the log list: the line numbers {@code first..last}, computed, never stored, so a million-line log costs
 * a ListView nothing but its count. Usually {@code first} is 1; while a flood is followed the list holds only its last
 * lines (see {@link LogViewerModel#FOLLOWED_LINES}), since the list's layout walks every item. Growing fires one
 * "added" change for the new lines. Moving {@code first} forward is a "replaced" change of the held items (plus the
 * tail added or removed), not a removal at the front: the list keeps its size, so the ListView keeps its scroll
 * position and size estimates and only re-renders the cells in view, where a removal of leading items made it
 * re-estimate every item and lay out twice (and log "index exceeds maxCellCount" from the transient position).
 */
final class LineNumbers extends ObservableListBase<Integer> {

    private int first = 1;
    private int size;

    LineNumbers(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        Objects.checkIndex(index, size);
        return first + index;
    }

    @Override
    public int size() {
        return size;
    }

    /** The first line number held (1 unless leading lines were dropped). */
    int first() {
        return first;
    }

    @Override
    public int indexOf(Object value) {
        return value instanceof Integer number && number >= first && number < first + size ? number - first : -1;
    }

    @Override
    public int lastIndexOf(Object value) {
        return indexOf(value);
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    /**
     * Holds the lines {@code newFirst..last}. A later {@code newFirst} replaces the held items in place; an earlier one
     * adds lines in front; then trailing items are added or removed.
     */
    void show(int newFirst, int last) {
        int newSize = Math.max(0, last - newFirst + 1);
        if (newFirst == first && newSize == size) {
            return;
        }
        beginChange();
        int tailFirst = newFirst; // the number held at index 0 as far as the trailing items are concerned
        if (newFirst > first) {
            int kept = Math.min(size, newSize);
            if (kept > 0) {
                nextReplace(0, kept, numbers(first, kept));
            }
            tailFirst = first; // items past the replaced ones still hold their old numbers until removed
            first = newFirst;
        } else if (newFirst < first) {
            int added = first - newFirst;
            first = newFirst;
            size += added;
            nextAdd(0, added);
        }
        resizeTail(newSize, tailFirst);
        endChange();
    }

    private void resizeTail(int newSize, int numberAtZero) {
        int oldSize = size;
        if (newSize > oldSize) {
            size = newSize;
            nextAdd(oldSize, newSize);
        } else if (newSize < oldSize) {
            size = newSize;
            nextRemove(newSize, numbers(numberAtZero + newSize, oldSize - newSize));
        }
    }

    private static AbstractList<Integer> numbers(int from, int count) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return from + index;
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
