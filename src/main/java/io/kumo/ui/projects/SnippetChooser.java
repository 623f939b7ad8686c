package io.kumo.ui.projects;

import io.kumo.code.snippet.Snippet;
import io.kumo.code.snippet.SnippetLibrary;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;

/** Ctrl+J: a filterable list of snippets at the caret; Enter (or a double-click) inserts the chosen one. */
final class SnippetChooser {

    private final SnippetLibrary library;
    private final FilterListPopup<Snippet> popup;

    SnippetChooser(SnippetLibrary library, Consumer<Snippet> chosen) {
        this.library = library;
        popup = new FilterListPopup<>("snippet", "Filter snippets", 420, 260, this::filter, chosen);
        popup.showAs(snippet -> snippet.prefix() + "  \u2014  " + snippet.name()
                + (snippet.description().isEmpty() ? "" : ": " + snippet.description()));
        popup.setItems(library.matching(""));
        library.problem().ifPresent(problem -> {
            Label warning = new Label(problem);
            warning.setWrapText(true);
            warning.setMaxWidth(420);
            popup.addBelow(warning);
        });
    }

    private void filter(String text) {
        popup.setItems(library.matching(text));
    }

    void show(CodeArea area) {
        Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
    }
}
