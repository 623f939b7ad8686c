package io.kumo.ui.projects;

import io.kumo.code.edit.CaretRange;
import io.kumo.code.edit.Motion;
import io.kumo.code.edit.MultiCaretText;
import io.kumo.code.edit.MultiEdit;
import io.kumo.code.edit.Replacement;
import io.kumo.code.edit.TextLines;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CaretNode;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;

/**
 * The keyboard and mouse side of several carets in a code area; the text logic is {@link MultiCaretText}.
 * Alt+click adds a caret, Ctrl+Alt+Up/Down one on the line above/below, Ctrl+D the next occurrence, Alt+Shift+drag
 * or Alt+Shift+arrows a column selection, Esc (or a plain click) goes back to one caret. With several carets,
 * typing, Backspace, Delete, Enter, Tab, paste, copy and the arrow/Home/End keys act at each; every edit is one
 * multi-change, so one undo reverts it at all carets (and ends the multi-caret mode).
 */
final class MultiCaretSupport {

    private final CodeArea area;
    private final List<CaretNode> extraCarets = new ArrayList<>();
    private final List<Selection<Collection<String>, String, Collection<String>>> extraSelections = new ArrayList<>();
    private List<CaretRange> carets = List.of();
    private int[] boxAnchor; // line, column where a column selection started
    private int[] boxCorner;
    private boolean applying;

    MultiCaretSupport(CodeArea area) {
        this.area = area;
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.plainTextChanges().subscribe(change -> {
            if (!applying && active()) {
                collapse(); // an undo, a reload or another edit: the carets no longer fit the text
            }
        });
    }

    /** Whether several carets (or a column selection) are in use. */
    boolean active() {
        return carets.size() > 1;
    }

    List<CaretRange> carets() {
        return active() ? carets : List.of(primary());
    }

    private CaretRange primary() {
        return new CaretRange(area.getAnchor(), area.getCaretPosition());
    }

    private void pressed(MouseEvent event) {
        if (!event.isAltDown()) {
            if (active()) {
                collapse();
            }
            return;
        }
        int offset = area.hit(event.getX(), event.getY()).getInsertionIndex();
        if (event.isShiftDown()) {
            TextLines lines = new TextLines(area.getText());
            boxAnchor = position(lines, area.getCaretPosition());
            boxCorner = position(lines, offset);
            showBox();
        } else {
            List<CaretRange> more = new ArrayList<>(carets());
            more.add(CaretRange.at(offset));
            show(MultiCaretText.normalize(more));
        }
        area.requestFocus();
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (event.isAltDown() && event.isShiftDown() && boxAnchor != null) {
            boxCorner = position(new TextLines(area.getText()), area.hit(event.getX(), event.getY()).getInsertionIndex());
            showBox();
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() && event.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            show(MultiCaretText.addCaretOnNextLine(area.getText(), carets(), code == KeyCode.UP));
        } else if (event.isShortcutDown() && !event.isAltDown() && code == KeyCode.D) {
            show(MultiCaretText.addNextOccurrence(area.getText(), carets()));
        } else if (event.isAltDown() && event.isShiftDown() && !event.isShortcutDown() && isArrow(code)) {
            extendBox(code);
        } else if (active()) {
            if (!activeKey(event)) {
                return;
            }
        } else {
            return;
        }
        event.consume();
    }

    /** A key pressed with several carets; false when the area should handle it as usual. */
    private boolean activeKey(KeyEvent event) {
        KeyCode code = event.getCode();
        String text = area.getText();
        if (event.isShortcutDown()) {
            switch (code) {
                case V -> {
                    String pasted = Clipboard.getSystemClipboard().getString();
                    if (pasted != null) {
                        apply(MultiCaretText.paste(carets, pasted));
                    }
                }
                case C, X -> {
                    copy(text);
                    if (code == KeyCode.X) {
                        apply(MultiCaretText.type(carets, ""));
                    }
                }
                case Z, Y -> {
                    collapse();
                    return false;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (code) {
            case ESCAPE -> collapse();
            case BACK_SPACE -> apply(MultiCaretText.backspace(carets));
            case DELETE -> apply(MultiCaretText.delete(text, carets));
            case ENTER -> apply(MultiCaretText.type(carets, "\n"));
            case TAB -> apply(MultiCaretText.type(carets, "\t"));
            case LEFT -> show(MultiCaretText.move(text, carets, Motion.LEFT, event.isShiftDown()));
            case RIGHT -> show(MultiCaretText.move(text, carets, Motion.RIGHT, event.isShiftDown()));
            case UP -> show(MultiCaretText.move(text, carets, Motion.UP, event.isShiftDown()));
            case DOWN -> show(MultiCaretText.move(text, carets, Motion.DOWN, event.isShiftDown()));
            case HOME -> show(MultiCaretText.move(text, carets, Motion.LINE_START, event.isShiftDown()));
            case END -> show(MultiCaretText.move(text, carets, Motion.LINE_END, event.isShiftDown()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void keyTyped(KeyEvent event) {
        if (!active() || event.isShortcutDown()) {
            return;
        }
        String typed = event.getCharacter();
        if (typed.isEmpty() || typed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return; // Enter, Tab, Backspace and the like were handled as key presses
        }
        apply(MultiCaretText.type(carets, typed));
        event.consume();
    }

    private void copy(String text) {
        List<String> parts = new ArrayList<>();
        carets.stream().filter(caret -> !caret.isEmpty()).forEach(caret -> parts.add(text.substring(caret.start(), caret.end())));
        if (!parts.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", parts));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void extendBox(KeyCode code) {
        TextLines lines = new TextLines(area.getText());
        if (boxAnchor == null || !active()) {
            boxAnchor = position(lines, area.getCaretPosition());
            boxCorner = boxAnchor.clone();
        }
        switch (code) {
            case UP -> boxCorner[0] = Math.max(0, boxCorner[0] - 1);
            case DOWN -> boxCorner[0] = Math.min(lines.count() - 1, boxCorner[0] + 1);
            case LEFT -> boxCorner[1] = Math.max(0, boxCorner[1] - 1);
            default -> boxCorner[1] = boxCorner[1] + 1;
        }
        showBox();
    }

    private void showBox() {
        show(MultiCaretText.box(area.getText(), boxAnchor[0], boxAnchor[1], boxCorner[0], boxCorner[1]));
    }

    private static int[] position(TextLines lines, int offset) {
        int line = lines.lineOf(offset);
        return new int[] {line, offset - lines.start(line)};
    }

    private static boolean isArrow(KeyCode code) {
        return code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT;
    }

    private void apply(MultiEdit edit) {
        if (!area.isEditable()) {
            return;
        }
        if (!edit.replacements().isEmpty()) {
            clearExtras(); // extra carets follow text changes on their own and trip over a multi-change
            applying = true;
            try {
                MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(edit.replacements().size());
                // last to first, so each replacement's offsets (taken before the edit) still hold when it is applied
                for (int i = edit.replacements().size() - 1; i >= 0; i--) {
                    Replacement replacement = edit.replacements().get(i);
                    change.replaceTextAbsolutely(replacement.start(), replacement.end(), replacement.text());
                }
                change.commit();
            } finally {
                applying = false;
            }
        }
        show(edit.carets());
    }

    /** Back to one caret: the first one. */
    void collapse() {
        List<CaretRange> current = carets;
        carets = List.of();
        boxAnchor = null;
        clearExtras();
        if (!current.isEmpty() && current.getFirst().end() <= area.getLength()) {
            area.selectRange(current.getFirst().anchor(), current.getFirst().caret());
        }
    }

    private void show(List<CaretRange> next) {
        clearExtras();
        carets = next.size() > 1 ? List.copyOf(next) : List.of();
        CaretRange first = next.getFirst();
        area.selectRange(first.anchor(), first.caret());
        for (int i = 1; i < carets.size(); i++) {
            CaretRange caret = carets.get(i);
            CaretNode node = new CaretNode("kumo-caret-" + i, area, caret.caret());
            if (area.addCaret(node)) {
                extraCarets.add(node);
            }
            if (!caret.isEmpty()) {
                Selection<Collection<String>, String, Collection<String>> selection = new SelectionImpl<>("kumo-selection-" + i, area, caret.start(), caret.end());
                if (area.addSelection(selection)) {
                    extraSelections.add(selection);
                }
            }
        }
        area.requestFollowCaret();
    }

    private void clearExtras() {
        extraCarets.forEach(node -> {
            area.removeCaret(node);
            node.dispose();
        });
        extraSelections.forEach(selection -> {
            area.removeSelection(selection);
            selection.dispose();
        });
        extraCarets.clear();
        extraSelections.clear();
    }
}
