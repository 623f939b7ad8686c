package io.kumo.ui.nodes;

import io.kumo.ui.common.DisplayNames;
import atlantafx.base.theme.Styles;
import io.kumo.cluster.NodeStatus;
import java.util.List;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A node's status as a small coloured pill, in the task status badges' style: alive green, dead red, left grey. */
final class NodeStatusBadge extends Label {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED,
            Styles.BG_SUCCESS_SUBTLE, Styles.BG_DANGER_SUBTLE, Styles.BG_NEUTRAL_SUBTLE);

    private final FontIcon icon = FontIcon.of(Feather.CHECK_CIRCLE, 12);

    NodeStatusBadge() {
        getStyleClass().addAll("task-status-badge", "node-status-badge", Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        setMinWidth(USE_PREF_SIZE);
        setGraphic(icon);
    }

    void show(NodeStatus status) {
        setText(DisplayNames.of(status));
        getStyleClass().removeAll(TONES);
        switch (status) {
            case ALIVE -> set(Feather.CHECK_CIRCLE, Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE);
            case DEAD -> set(Feather.X_CIRCLE, Styles.DANGER, Styles.BG_DANGER_SUBTLE);
            case LEFT -> set(Feather.LOG_OUT, Styles.TEXT_MUTED, Styles.BG_NEUTRAL_SUBTLE);
        }
    }

    private void set(Feather code, String tone, String background) {
        icon.setIconCode(code);
        getStyleClass().addAll(tone, background);
    }
}
