package io.kumo.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar buttons of the panes: icon and text, an id for tests, disabled while a condition holds, one action. */
public final class ActionButtons {

    private ActionButtons() {
    }

    /** {@code disabled} may be null for a button that is always enabled. */
    public static Button button(String text, String id, Feather icon, ObservableValue<Boolean> disabled, Runnable action) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        button.setOnAction(event -> action.run());
        return button;
    }
}
