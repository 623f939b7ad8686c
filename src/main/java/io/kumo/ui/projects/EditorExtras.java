package io.kumo.ui.projects;

import io.kumo.code.snippet.SnippetLibrary;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.LinkOpener;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the editors need beyond files: the snippets (built-in plus the user's {@code snippets.json}, loaded once on
 * the background executor; until then Tab just indents) and the opener for README links.
 */
public final class EditorExtras {

    private final Path userSnippets;
    private final LinkOpener links;
    private volatile SnippetLibrary snippets;
    private boolean loading;

    public EditorExtras(Path userSnippets, LinkOpener links) {
        this.userSnippets = userSnippets;
        this.links = links;
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

    LinkOpener links() {
        return links;
    }
}
