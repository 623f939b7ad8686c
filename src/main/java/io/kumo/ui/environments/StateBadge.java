package io.kumo.ui.environments;

import io.kumo.ui.common.DisplayNames;
import atlantafx.base.theme.Styles;
import io.kumo.domain.EnvironmentState;
import java.util.List;
import javafx.scene.control.Label;

/** An environment's state as a small coloured pill: ready green, creating blue, broken red, deleting amber. */
final class StateBadge extends Label {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.ACCENT, Styles.DANGER, Styles.WARNING,
            Styles.BG_SUCCESS_SUBTLE, Styles.BG_ACCENT_SUBTLE, Styles.BG_DANGER_SUBTLE, Styles.BG_WARNING_SUBTLE);

    StateBadge() {
        getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        setStyle("-fx-background-radius: 10; -fx-padding: 1 8 1 8;");
        setMinWidth(USE_PREF_SIZE);
    }

    void show(EnvironmentState state, boolean busy) {
        getStyleClass().removeAll(TONES);
        if (state == null) {
            setText("");
            return;
        }
        setText(DisplayNames.of(state) + (busy && state == EnvironmentState.READY ? " · busy" : ""));
        switch (state) {
            case READY -> getStyleClass().addAll(Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE);
            case CREATING -> getStyleClass().addAll(Styles.ACCENT, Styles.BG_ACCENT_SUBTLE);
            case BROKEN -> getStyleClass().addAll(Styles.DANGER, Styles.BG_DANGER_SUBTLE);
            case DELETING -> getStyleClass().addAll(Styles.WARNING, Styles.BG_WARNING_SUBTLE);
        }
    }
}
