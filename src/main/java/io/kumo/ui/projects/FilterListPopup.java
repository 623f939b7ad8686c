package io.kumo.ui.projects;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * A filter field over a list in an auto-hiding popup, as Ctrl+P and Ctrl+J show it: typing calls the filter, Up and
 * Down move the selection from the field, Enter (or a double-click) hands over the selected item and hides the popup,
 * Esc hides it.
 */
final class FilterListPopup<T> {

    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<T> list = new ListView<>();
    private final VBox box = new VBox(6, filter, list);
    private final Consumer<T> chosen;

    /**
     * @param id the prefix of the field's and list's ids ("goto-file" gives #goto-file-filter and #goto-file-list)
     * @param onFilter called with the field's text (never null) whenever it changes; the caller fills the list first
     */
    FilterListPopup(String id, String prompt, double width, double height, Consumer<String> onFilter, Consumer<T> chosen) {
        this.chosen = chosen;
        filter.setId(id + "-filter");
        filter.setPromptText(prompt);
        list.setId(id + "-list");
        list.setPrefSize(width, height);
        filter.textProperty().addListener((property, old, text) -> onFilter.accept(text == null ? "" : text));
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
    }

    /** Shows each item as {@code text} gives it. */
    void showAs(Function<T, String> text) {
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    /** Replaces the list (the filter's result) and selects its first item. */
    void setItems(List<T> items) {
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
    }

    String filterText() {
        return filter.getText() == null ? "" : filter.getText();
    }

    /** Adds a line (a status or a warning) under the list. */
    void addBelow(Node node) {
        box.getChildren().add(node);
    }

    void show(Node owner, double screenX, double screenY) {
        popup.show(owner, screenX, screenY);
        filter.requestFocus();
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

    /** Enter with nothing selected (no match) keeps the popup open, so the filter can be corrected. */
    private void choose() {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            popup.hide();
            chosen.accept(item);
        }
    }
}
