package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;

/**
 * Keeps a code area coloured: 100 ms after the last edit the text is highlighted on the background executor, and the
 * spans are applied only if nothing was typed meanwhile. Problems are underlined over the colours. Very large texts
 * stay plain.
 */
final class SyntaxHighlighting {

    static final int MAX_CHARS = 2_000_000;

    private final CodeArea area;
    private final BackgroundExecutor background;
    private final PythonHighlighter highlighter = new PythonHighlighter();
    private Subscription subscription = Subscription.EMPTY;
    private Supplier<List<CodeProblem>> problems = List::of;
    private long edits;

    SyntaxHighlighting(CodeArea area, BackgroundExecutor background) {
        this.area = area;
        this.background = background;
    }

    void start() {
        Subscription counting = area.plainTextChanges().subscribe(change -> edits++);
        Subscription highlighting = area.multiPlainChanges().successionEnds(Duration.ofMillis(100)).subscribe(changes -> highlight());
        subscription = counting.and(highlighting);
        highlight();
    }

    /** Underlines what {@code problems} gives (read on the FX thread) from the next pass on. */
    void underline(Supplier<List<CodeProblem>> problems) {
        this.problems = problems;
    }

    /** Colours and underlines again now (the problems changed). */
    void refresh() {
        highlight();
    }

    void stop() {
        subscription.unsubscribe();
        subscription = Subscription.EMPTY;
    }

    private void highlight() {
        String text = area.getText();
        if (text.length() > MAX_CHARS) {
            return;
        }
        long at = edits;
        List<CodeProblem> marks = problems.get();
        background.run(() -> ProblemUnderlines.overlay(highlighter.compute(text), text, marks), spans -> {
            if (at == edits && area.getLength() == text.length()) {
                area.setStyleSpans(0, spans);
            }
        }, error -> { });
    }
}
