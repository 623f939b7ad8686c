package io.kumo.code.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Editing with several carets at once, as pure functions of the text and the carets: typing, Backspace, Delete and
 * paste at every caret, caret motions, adding carets (above, below, next occurrence) and column (box) selection.
 * Carets are kept sorted by position; carets that come to overlap merge into one.
 */
public final class MultiCaretText {

    private MultiCaretText() {
    }

    /** Sorts the carets and merges those whose selections overlap or that sit on the same offset. */
    public static List<CaretRange> normalize(List<CaretRange> carets) {
        List<CaretRange> sorted = new ArrayList<>(carets);
        sorted.sort(Comparator.comparingInt(CaretRange::start).thenComparingInt(CaretRange::end));
        List<CaretRange> merged = new ArrayList<>();
        for (CaretRange caret : sorted) {
            CaretRange last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && (caret.start() < last.end() || caret.start() == last.start())) {
                int start = Math.min(last.start(), caret.start());
                int end = Math.max(last.end(), caret.end());
                merged.set(merged.size() - 1, last.caret() >= last.anchor() ? new CaretRange(start, end) : new CaretRange(end, start));
            } else {
                merged.add(caret);
            }
        }
        return merged;
    }

    /** Replaces every selection (or inserts at every caret) with {@code typed}. */
    public static MultiEdit type(List<CaretRange> carets, String typed) {
        List<CaretRange> sorted = normalize(carets);
        List<String> texts = new ArrayList<>();
        sorted.forEach(caret -> texts.add(typed));
        return replaceSelections(sorted, texts);
    }

    /**
     * Pastes at every caret; when the clipboard has exactly one line per caret (what copying from several carets
     * gives), each caret gets its own line, the way VS Code does.
     */
    public static MultiEdit paste(List<CaretRange> carets, String clipboard) {
        List<CaretRange> sorted = normalize(carets);
        String[] lines = clipboard.split("\r?\n", -1);
        if (sorted.size() > 1 && lines.length == sorted.size()) {
            return replaceSelections(sorted, List.of(lines));
        }
        return type(sorted, clipboard);
    }

    /** Deletes every selection, or the character before every caret. */
    public static MultiEdit backspace(List<CaretRange> carets) {
        return deleteAround(normalize(carets), -1, Integer.MAX_VALUE);
    }

    /** Deletes every selection, or the character after every caret. */
    public static MultiEdit delete(String text, List<CaretRange> carets) {
        return deleteAround(normalize(carets), 1, text.length());
    }

    private static MultiEdit deleteAround(List<CaretRange> carets, int direction, int textLength) {
        List<Replacement> replacements = new ArrayList<>();
        List<CaretRange> after = new ArrayList<>();
        int shift = 0;
        int previousEnd = 0;
        for (CaretRange caret : carets) {
            int start = caret.start();
            int end = caret.end();
            if (caret.isEmpty()) {
                start = direction < 0 ? Math.max(previousEnd, start - 1) : start;
                end = direction > 0 ? Math.min(textLength, end + 1) : end;
            }
            start = Math.max(start, previousEnd);
            if (end > start) {
                replacements.add(new Replacement(start, end, ""));
            }
            after.add(CaretRange.at(start + shift));
            shift -= Math.max(0, end - start);
            previousEnd = Math.max(previousEnd, end);
        }
        return new MultiEdit(replacements, normalize(after));
    }

    private static MultiEdit replaceSelections(List<CaretRange> sorted, List<String> texts) {
        List<Replacement> replacements = new ArrayList<>();
        List<CaretRange> after = new ArrayList<>();
        int shift = 0;
        for (int i = 0; i < sorted.size(); i++) {
            CaretRange caret = sorted.get(i);
            String text = texts.get(i);
            replacements.add(new Replacement(caret.start(), caret.end(), text));
            after.add(CaretRange.at(caret.start() + shift + text.length()));
            shift += text.length() - (caret.end() - caret.start());
        }
        return new MultiEdit(replacements, after);
    }

    /** Moves every caret; with {@code extend} (Shift held) the selections grow instead. */
    public static List<CaretRange> move(String text, List<CaretRange> carets, Motion motion, boolean extend) {
        TextLines lines = new TextLines(text);
        List<CaretRange> moved = new ArrayList<>();
        for (CaretRange caret : normalize(carets)) {
            int target;
            if (!extend && !caret.isEmpty() && (motion == Motion.LEFT || motion == Motion.RIGHT)) {
                target = motion == Motion.LEFT ? caret.start() : caret.end(); // an arrow first collapses the selection
            } else {
                target = target(text, lines, caret.caret(), motion);
            }
            moved.add(extend ? new CaretRange(caret.anchor(), target) : CaretRange.at(target));
        }
        return normalize(moved);
    }

    private static int target(String text, TextLines lines, int offset, Motion motion) {
        int line = lines.lineOf(offset);
        int column = offset - lines.start(line);
        return switch (motion) {
            case LEFT -> Math.max(0, offset - 1);
            case RIGHT -> Math.min(text.length(), offset + 1);
            case UP -> line == 0 ? 0 : lines.offset(line - 1, column);
            case DOWN -> line == lines.count() - 1 ? text.length() : lines.offset(line + 1, column);
            // Home goes to the code's first character, or to the line's start when already there
            case LINE_START -> offset == lines.firstNonBlank(line) ? lines.start(line) : lines.firstNonBlank(line);
            case LINE_END -> lines.end(line);
        };
    }

    /** Adds a caret on the line above the first caret (or below the last one), at the same column. */
    public static List<CaretRange> addCaretOnNextLine(String text, List<CaretRange> carets, boolean above) {
        List<CaretRange> sorted = normalize(carets);
        TextLines lines = new TextLines(text);
        CaretRange edge = above ? sorted.getFirst() : sorted.getLast();
        int line = lines.lineOf(edge.caret());
        int next = above ? line - 1 : line + 1;
        if (next < 0 || next >= lines.count()) {
            return sorted;
        }
        List<CaretRange> more = new ArrayList<>(sorted);
        more.add(CaretRange.at(lines.offset(next, lines.columnOf(edge.caret()))));
        return normalize(more);
    }

    /**
     * Ctrl+D: a lone empty caret selects the word it is in; otherwise the next occurrence of the last selection
     * (searching on from it, then from the top) gets a selection too. Unchanged when there is nothing more to find.
     */
    public static List<CaretRange> addNextOccurrence(String text, List<CaretRange> carets) {
        List<CaretRange> sorted = normalize(carets);
        CaretRange last = sorted.getLast();
        if (last.isEmpty()) {
            CaretRange word = wordAt(text, last.caret());
            if (word == null) {
                return sorted;
            }
            List<CaretRange> replaced = new ArrayList<>(sorted.subList(0, sorted.size() - 1));
            replaced.add(word);
            return normalize(replaced);
        }
        String wanted = text.substring(last.start(), last.end());
        int found = text.indexOf(wanted, last.end());
        if (found < 0) {
            found = text.indexOf(wanted);
        }
        while (found >= 0) {
            int at = found;
            if (sorted.stream().noneMatch(caret -> caret.start() == at)) {
                List<CaretRange> more = new ArrayList<>(sorted);
                more.add(new CaretRange(at, at + wanted.length()));
                return normalize(more);
            }
            found = text.indexOf(wanted, found + 1);
            if (found < 0 || found == last.start()) {
                break;
            }
        }
        return sorted;
    }

    /** The identifier around an offset, or null when the offset touches none. */
    static CaretRange wordAt(String text, int offset) {
        int start = offset;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return start == end ? null : new CaretRange(start, end);
    }

    /**
     * A column (box) selection between two (line, column) corners: one selection per line, from the anchor's column
     * to the caret's. Lines too short to reach a column are not padded: as in VS Code they get their part up to their
     * end, a caret at their end when they end before both columns.
     */
    public static List<CaretRange> box(String text, int anchorLine, int anchorColumn, int caretLine, int caretColumn) {
        TextLines lines = new TextLines(text);
        int first = Math.max(0, Math.min(anchorLine, caretLine));
        int lastLine = Math.min(lines.count() - 1, Math.max(anchorLine, caretLine));
        List<CaretRange> carets = new ArrayList<>();
        for (int line = first; line <= lastLine; line++) {
            carets.add(new CaretRange(lines.offset(line, anchorColumn), lines.offset(line, caretColumn)));
        }
        return normalize(carets);
    }
}
