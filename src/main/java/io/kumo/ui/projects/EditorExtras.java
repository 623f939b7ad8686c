package io.kumo.ui.projects;

import io.kumo.code.snippet.SnippetLibrary;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.LinkOpener;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the editors need beyond files: the snippets (built-in plus the user's {@code snippets.json}, loaded once on
 * the background executor; until then Tab just indents), the opener for README links and the theme's changes.
 */
public final class EditorExtras {

    private final Path userSnippets;
    private final LinkOpener links;
    private final javafx.beans.Observable themeChanges;
    private volatile SnippetLibrary snippets;
    private boolean loading;

    /** {@code themeChanges}: fires when the user switches theme, so the README is rendered again in the new colours. */
    public EditorExtras(Path userSnippets, LinkOpener links, javafx.beans.Observable themeChanges) {
        this.userSnippets = userSnippets;
        this.links = links;
        this.themeChanges = themeChanges;
    }

    /** Starts loading the snippets, once; call on the FX thread. */
    void load(BackgroundExecutor background) {
        if (loading) {
            return;
        }
        loading = true;
        background.run(() -> SnippetLibrary.load(userSnippets), loaded -> snippets = loaded, error -> loading = false);
    }

    Supplier<SnippetLibrary> snippets() {
        return () -> snippets;
    }

    javafx.beans.Observable themeChanges() {
        return themeChanges;
    }

    LinkOpener links() {
        return links;
    }
}
