package io.kumo.ui.projects;

import com.github.difflib.text.DiffRow;
import io.kumo.project.FileHistory;
import java.util.List;

/** A diff as the history dialog lists it, from {@link FileHistory#unified} or {@link FileHistory#rows}. */
final class DiffLines {

    static final char MARK = FileHistory.MARK;

    enum Kind { HEADER, HUNK, CONTEXT, REMOVED, ADDED, CHANGED }

    /** One listed line: for unified diffs only {@code left} is set; side by side, old left and new right. */
    record DiffLine(Kind kind, String left, String right) {

        boolean sideBySide() {
            return right != null;
        }

        String plainText() {
            return (left == null ? "" : left.replace(String.valueOf(MARK), "")) + (right == null ? "" : "\t"
                    + right.replace(String.valueOf(MARK), ""));
        }
    }

    private DiffLines() {
    }

    static List<DiffLine> unified(String name, String older, String newer) {
        return FileHistory.unified(name, older, newer).stream().map(line -> new DiffLine(kindOf(line), line, null)).toList();
    }

    static List<DiffLine> sideBySide(String older, String newer) {
        List<DiffRow> rows = FileHistory.rows(older, newer);
        return rows.stream().map(row -> new DiffLine(switch (row.getTag()) {
            case INSERT -> Kind.ADDED;
            case DELETE -> Kind.REMOVED;
            case CHANGE -> Kind.CHANGED;
            case EQUAL -> Kind.CONTEXT;
        }, row.getOldLine(), row.getNewLine())).toList();
    }

    static boolean identical(List<DiffLine> lines) {
        return lines.stream().allMatch(line -> line.kind() == Kind.CONTEXT);
    }

    private static Kind kindOf(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return Kind.HEADER;
        } else if (line.startsWith("@@")) {
            return Kind.HUNK;
        } else if (line.startsWith("+")) {
            return Kind.ADDED;
        } else if (line.startsWith("-")) {
            return Kind.REMOVED;
        }
        return Kind.CONTEXT;
    }
}
