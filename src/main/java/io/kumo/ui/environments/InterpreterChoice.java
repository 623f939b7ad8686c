package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import io.kumo.python.InterpreterInfo;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A combo box of interpreters showing version, implementation, architecture, where it was found, and its path. */
final class InterpreterChoice {

    private InterpreterChoice() {
    }

    static ComboBox<InterpreterInfo> create(ObservableList<InterpreterInfo> interpreters, Path preferred) {
        ComboBox<InterpreterInfo> combo = new ComboBox<>(interpreters);
        combo.setId("env-interpreter-combo");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText("Looking for interpreters…");
        combo.setCellFactory(list -> new DetailedCell());
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(InterpreterInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.version() + " · " + item.path());
            }
        });
        preselect(combo, preferred);
        // the list outlives the dialog: a weak listener, held by the combo, goes with it
        ListChangeListener<InterpreterInfo> listener = change -> preselect(combo, preferred);
        combo.getProperties().put(InterpreterChoice.class, listener);
        interpreters.addListener(new WeakListChangeListener<>(listener));
        return combo;
    }

    /** The preferred path when listed, else the first interpreter; the user's own choice is kept. */
    private static void preselect(ComboBox<InterpreterInfo> combo, Path preferred) {
        if (combo.getValue() != null && combo.getItems().contains(combo.getValue())) {
            return;
        }
        combo.getItems().stream().filter(info -> info.path().equals(preferred)).findFirst()
                .or(() -> combo.getItems().stream().findFirst())
                .ifPresent(combo::setValue);
        if (combo.getItems().isEmpty()) {
            combo.setPromptText("No interpreter found yet");
        }
    }

    private static final class DetailedCell extends ListCell<InterpreterInfo> {
        private final Label summary = new Label();
        private final Label path = new Label();
        private final VBox graphic = new VBox(1, summary, path);

        DetailedCell() {
            summary.getStyleClass().add(Styles.TEXT_BOLD);
            path.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(InterpreterInfo item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                summary.setText("Python " + InterpretersViewModel.describe(item) + (item.pipAvailable() ? "" : " · no pip"));
                path.setText(item.path().toString());
                setGraphic(graphic);
            }
        }
    }
}
