package io.kumo.ui.projects;

import io.kumo.ui.common.BackgroundExecutor;
import java.time.Duration;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.Subscription;

/**
 * Keeps a code area coloured: 100 ms after the last edit the text is highlighted on the background executor, and the
 * spans are applied only if nothing was typed meanwhile. Very large texts stay plain.
 */
final class SyntaxHighlighting {

    static final int MAX_CHARS = 2_000_000;

    private final CodeArea area;
    private final BackgroundExecutor background;
    private final PythonHighlighter highlighter = new PythonHighlighter();
    private Subscription subscription = Subscription.EMPTY;
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
        background.run(() -> highlighter.compute(text), spans -> {
            if (at == edits && area.getLength() == text.length()) {
                area.setStyleSpans(0, spans);
            }
        }, error -> { });
    }
}
