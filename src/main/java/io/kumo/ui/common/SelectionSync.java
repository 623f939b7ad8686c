package io.kumo.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SelectionModel;

/** Keeps a list's or table's selection and a view-model's selected item in step, both ways, without echo. */
public final class SelectionSync {

    private SelectionSync() {
    }

    public static <T> void bind(SelectionModel<T> selection, ObservableValue<T> modelSelected, Consumer<T> onUserSelect) {
        boolean[] syncing = {false};
        selection.selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                onUserSelect.accept(now);
            }
        });
        modelSelected.addListener((obs, old, now) -> {
            if (!Objects.equals(selection.getSelectedItem(), now)) {
                syncing[0] = true;
                try {
                    if (now == null) {
                        selection.clearSelection();
                    } else {
                        selection.select(now);
                    }
                } finally {
                    syncing[0] = false;
                }
            }
        });
    }
}
