package io.kumo.code.edit;

import java.util.ArrayList;
import java.util.List;

/** Line starts of a text ("\n" ends a line), to turn offsets into (line, column) and back; lines and columns 0-based. */
public final class TextLines {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    public TextLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
    }

    public int count() {
        return starts.size();
    }

    public int lineOf(int offset) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts.get(middle) <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    public int start(int line) {
        return starts.get(line);
    }

    /** The offset just before the line's "\n" (or the end of the text). */
    public int end(int line) {
        return line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
    }

    public int length(int line) {
        return end(line) - start(line);
    }

    public int columnOf(int offset) {
        return offset - start(lineOf(offset));
    }

    /** The offset of a column on a line; a column past the line's end lands on its end. */
    public int offset(int line, int column) {
        return start(line) + Math.min(Math.max(0, column), length(line));
    }

    /** Where the line's text starts after its indentation. */
    public int firstNonBlank(int line) {
        int offset = start(line);
        int end = end(line);
        while (offset < end && (text.charAt(offset) == ' ' || text.charAt(offset) == '\t')) {
            offset++;
        }
        return offset;
    }

    public String line(int line) {
        return text.substring(start(line), end(line));
    }
}
