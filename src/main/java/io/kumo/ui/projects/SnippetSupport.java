package io.kumo.ui.projects;

import io.kumo.code.snippet.Expansion;
import io.kumo.code.snippet.Snippet;
import io.kumo.code.snippet.SnippetExpander;
import io.kumo.code.snippet.SnippetLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * Snippets in a code area: a snippet's prefix then Tab expands it, Ctrl+J opens the chooser; after an expansion Tab
 * and Shift+Tab move between its placeholders until the final one (or Esc). Stops follow the edits made in them.
 */
final class SnippetSupport {

    static final KeyCombination CHOOSE = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);

    private final CodeArea area;
    private final Supplier<SnippetLibrary> library;
    private final BooleanSupplier otherCarets;
    private List<int[]> stops = List.of(); // start, end of each stop in Tab order, in the area's current text
    private int stop = -1;
    private boolean inserting;

    SnippetSupport(CodeArea area, Supplier<SnippetLibrary> library, BooleanSupplier otherCarets) {
        this.area = area;
        this.library = library;
        this.otherCarets = otherCarets;
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.plainTextChanges().subscribe(change -> {
            if (!inserting && stop >= 0) {
                follow(change.getPosition(), change.getRemovalEnd() - change.getPosition(), change.getInserted().length());
            }
        });
    }

    private void keyPressed(KeyEvent event) {
        if (otherCarets.getAsBoolean() || !area.isEditable()) {
            return;
        }
        if (CHOOSE.match(event) && library.get() != null) {
            new SnippetChooser(library.get(), this::insert).show(area);
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && stop >= 0) {
            stop = -1;
        } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown() && !event.isAltDown()) {
            if (stop >= 0) {
                select(event.isShiftDown() ? Math.max(0, stop - 1) : stop + 1);
                event.consume();
            } else if (!event.isShiftDown() && expandPrefix()) {
                event.consume();
            }
        }
    }

    /** Expands the snippet whose prefix is the word just before the caret; false when there is none. */
    private boolean expandPrefix() {
        SnippetLibrary snippets = library.get();
        if (snippets == null || area.getSelection().getLength() > 0) {
            return false;
        }
        int caret = area.getCaretPosition();
        String text = area.getText();
        int start = caret;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        if (start == caret) {
            return false;
        }
        int from = start;
        return snippets.byPrefix(text.substring(start, caret)).map(snippet -> {
            area.selectRange(from, caret);
            insert(snippet);
            return true;
        }).orElse(false);
    }

    /** Replaces the selection with the snippet and selects its first placeholder. */
    void insert(Snippet snippet) {
        int start = area.getSelection().getStart();
        int lineStart = area.getText().lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        String line = area.getText().substring(lineStart, start);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        Expansion expansion = SnippetExpander.expand(snippet.body(), indent).shifted(start);
        inserting = true;
        try {
            area.replaceSelection(expansion.text());
        } finally {
            inserting = false;
        }
        List<int[]> placed = new ArrayList<>();
        expansion.stops().forEach(tabStop -> placed.add(new int[] {tabStop.start(), tabStop.end()}));
        stops = placed;
        select(0);
        area.requestFocus();
    }

    private void select(int index) {
        if (index >= stops.size()) {
            stop = -1;
            return;
        }
        int[] range = stops.get(index);
        area.selectRange(range[0], range[1]);
        stop = index == stops.size() - 1 ? -1 : index; // the final caret ends the snippet
    }

    /** Moves the stops after an edit; an edit inside a stop grows or shrinks that stop. */
    private void follow(int position, int removed, int inserted) {
        int delta = inserted - removed;
        for (int[] range : stops) {
            if (range[0] >= position + removed && !(range[0] == position && removed == 0 && range[1] > range[0])) {
                range[0] += delta;
                range[1] += delta;
            } else if (range[1] >= position) {
                range[1] = Math.max(range[0], range[1] + delta);
            }
        }
    }

    /** Whether Tab is moving between placeholders right now. */
    boolean inSnippet() {
        return stop >= 0;
    }
}
