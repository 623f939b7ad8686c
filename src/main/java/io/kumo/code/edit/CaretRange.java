package io.kumo.code.edit;

/** One caret with its selection, as text offsets: the selection runs from {@code anchor} to {@code caret}. */
public record CaretRange(int anchor, int caret) {

    public CaretRange {
        if (anchor < 0 || caret < 0) {
            throw new IllegalArgumentException("Not an offset: " + anchor + ", " + caret);
        }
    }

    public static CaretRange at(int offset) {
        return new CaretRange(offset, offset);
    }

    public int start() {
        return Math.min(anchor, caret);
    }

    public int end() {
        return Math.max(anchor, caret);
    }

    public boolean isEmpty() {
        return anchor == caret;
    }
}
