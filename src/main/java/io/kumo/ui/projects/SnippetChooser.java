package io.kumo.ui.projects;

import io.kumo.code.snippet.Snippet;
import io.kumo.code.snippet.SnippetLibrary;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/** Ctrl+J: a filterable list of snippets at the caret; Enter (or a double-click) inserts the chosen one. */
final class SnippetChooser {

    private final SnippetLibrary library;
    private final Consumer<Snippet> chosen;
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<Snippet> list = new ListView<>();

    SnippetChooser(SnippetLibrary library, Consumer<Snippet> chosen) {
        this.library = library;
        this.chosen = chosen;
        filter.setId("snippet-filter");
        filter.setPromptText("Filter snippets");
        list.setId("snippet-list");
        list.setPrefSize(420, 260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Snippet snippet, boolean empty) {
                super.updateItem(snippet, empty);
                setText(empty || snippet == null ? null : snippet.prefix() + "  \u2014  " + snippet.name()
                        + (snippet.description().isEmpty() ? "" : ": " + snippet.description()));
            }
        });
        filter.textProperty().subscribe(text -> {
            list.getItems().setAll(library.matching(text == null ? "" : text));
            list.getSelectionModel().selectFirst();
        });
        VBox box = new VBox(6, filter, list);
        library.problem().ifPresent(problem -> {
            Label warning = new Label(problem);
            warning.setWrapText(true);
            warning.setMaxWidth(420);
            box.getChildren().add(warning);
        });
        box.setPadding(new Insets(8));
        box.getStyleClass().add("quick-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                choose();
            }
        });
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
        Snippet snippet = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (snippet != null) {
            chosen.accept(snippet);
        }
    }

    void show(CodeArea area) {
        Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
        popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        filter.requestFocus();
    }
}
