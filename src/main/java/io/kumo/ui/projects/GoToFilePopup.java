package io.kumo.ui.projects;

import io.kumo.project.FuzzyPathMatcher;
import io.kumo.project.ProjectFileIndex;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * Ctrl+P: the project's files, listed on the background executor, ranked as you type ({@link FuzzyPathMatcher});
 * Enter (or a double-click) opens the chosen one.
 */
final class GoToFilePopup {

    private static final int SHOWN = 50;

    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<String> list = new ListView<>();
    private final Label status = new Label("Listing files\u2026");
    private final Consumer<String> open;
    private List<String> files = List.of();

    GoToFilePopup(Path folder, BackgroundExecutor background, Consumer<String> open) {
        this.open = open;
        filter.setId("goto-file-filter");
        filter.setPromptText("Go to file: type letters of its path");
        list.setId("goto-file-list");
        list.setPrefSize(520, 300);
        status.getStyleClass().add("text-muted");
        filter.textProperty().subscribe(text -> rank());
        VBox box = new VBox(6, filter, list, status);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("quick-popup");
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                choose();
            }
        });
        popup.getContent().add(box);
        popup.setAutoHide(true);
        background.run(() -> ProjectFileIndex.list(folder), listed -> {
            files = listed;
            status.setText(listed.size() >= ProjectFileIndex.MAX_FILES ? "Only the first " + listed.size() + " files are searched" : "");
            rank();
        }, error -> status.setText("Could not list the files: " + error.getMessage()));
    }

    private void rank() {
        String query = filter.getText() == null ? "" : filter.getText();
        list.getItems().setAll(FuzzyPathMatcher.rank(query, files, SHOWN).stream().map(FuzzyPathMatcher.Match::path).toList());
        list.getSelectionModel().selectFirst();
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            choose();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
        } else if (event.getCode() == KeyCode.DOWN && filter.isFocused()) {
            list.getSelectionModel().selectNext();
        } else if (event.getCode() == KeyCode.UP && filter.isFocused()) {
            list.getSelectionModel().selectPrevious();
        } else {
            return;
        }
        event.consume();
    }

    private void choose() {
        String path = list.getSelectionModel().getSelectedItem();
        if (path != null) {
            popup.hide();
            open.accept(path);
        }
    }

    void show(Node owner) {
        Bounds bounds = owner.localToScreen(owner.getBoundsInLocal());
        popup.show(owner, bounds.getMinX() + Math.max(0, (bounds.getWidth() - 540) / 2), bounds.getMinY() + 40);
        filter.requestFocus();
    }
}
