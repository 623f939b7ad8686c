package io.kumo.ui.projects;

import io.kumo.project.FuzzyPathMatcher;
import io.kumo.project.ProjectFileIndex;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Ctrl+P: the project's files, listed on the background executor, ranked as you type ({@link FuzzyPathMatcher});
 * Enter (or a double-click) opens the chosen one.
 */
final class GoToFilePopup {

    private static final int SHOWN = 50;

    private final FilterListPopup<String> popup;
    private final Label status = new Label("Listing files\u2026");
    private List<String> files = List.of();

    GoToFilePopup(Path folder, BackgroundExecutor background, Consumer<String> open) {
        popup = new FilterListPopup<>("goto-file", "Go to file: type letters of its path", 520, 300, query -> rank(), open);
        status.getStyleClass().add("text-muted");
        popup.addBelow(status);
        background.run(() -> ProjectFileIndex.list(folder), listed -> {
            files = listed;
            status.setText(listed.size() >= ProjectFileIndex.MAX_FILES ? "Only the first " + listed.size() + " files are searched" : "");
            rank();
        }, error -> status.setText("Could not list the files: " + error.getMessage()));
    }

    private void rank() {
        popup.setItems(FuzzyPathMatcher.rank(popup.filterText(), files, SHOWN).stream().map(FuzzyPathMatcher.Match::path).toList());
    }

    void show(Node owner) {
        Bounds bounds = owner.localToScreen(owner.getBoundsInLocal());
        popup.show(owner, bounds.getMinX() + Math.max(0, (bounds.getWidth() - 540) / 2), bounds.getMinY() + 40);
    }
}
