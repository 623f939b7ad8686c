package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.code.lsp.Completion;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * The list of completions under the caret: label, kind and detail per row, narrowed to what starts with the word being
 * typed. The editor keeps the keyboard: it forwards arrows, Enter/Tab and Esc here.
 */
final class CompletionPopup {

    static final String LIST_ID = "completion-list";

    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private final Consumer<Completion> onChosen;
    private List<Completion> all = List.of();

    CompletionPopup(Consumer<Completion> onChosen) {
        this.onChosen = onChosen;
        list.setId(LIST_ID);
        list.setPrefSize(460, 220);
        list.setFocusTraversable(false);
        list.getStyleClass().addAll(Styles.DENSE, "completion-list");
        list.setCellFactory(view -> new CompletionCell());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                choose();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows {@code completions} under the caret, filtered by {@code prefix}; nothing to show hides the popup. */
    void show(Node owner, Bounds caret, List<Completion> completions, String prefix) {
        all = completions;
        filter(prefix);
        if (list.getItems().isEmpty()) {
            hide();
            return;
        }
        if (!popup.isShowing()) {
            popup.show(owner, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void filter(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        ObservableList<Completion> shown = FXCollections.observableArrayList(all.stream()
                .filter(completion -> completion.label().toLowerCase(Locale.ROOT).startsWith(lower)).toList());
        list.setItems(shown);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        if (shown.isEmpty()) {
            hide();
        }
    }

    void move(int step) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int next = Math.floorMod(list.getSelectionModel().getSelectedIndex() + step, size);
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 3));
    }

    void choose() {
        Completion chosen = list.getSelectionModel().getSelectedItem();
        hide();
        if (chosen != null) {
            onChosen.accept(chosen);
        }
    }

    void hide() {
        popup.hide();
    }

    List<Completion> shown() {
        return List.copyOf(list.getItems());
    }

    private static final class CompletionCell extends ListCell<Completion> {

        @Override
        protected void updateItem(Completion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.label());
            label.getStyleClass().add("completion-label");
            Label kind = new Label(item.kind());
            kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(item.detail().lines().findFirst().orElse(""));
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, label, spacer, detail, kind);
            setText(null);
            setGraphic(row);
        }
    }
}
