package io.kumo.ui.tasks;

import io.kumo.ui.runs.RunStatusStyle;
import atlantafx.base.theme.Styles;
import io.kumo.domain.RunStatus;
import java.util.List;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A task's or a workflow's state as a small coloured pill: running blue, success green, failures red, stopped amber,
 * none grey.
 */
public final class StatusBadge extends Label {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.ACCENT, Styles.DANGER, Styles.WARNING,
            Styles.TEXT_MUTED, Styles.BG_SUCCESS_SUBTLE, Styles.BG_ACCENT_SUBTLE, Styles.BG_DANGER_SUBTLE,
            Styles.BG_WARNING_SUBTLE, Styles.BG_NEUTRAL_SUBTLE);

    private final FontIcon icon = FontIcon.of(Feather.MINUS_CIRCLE, 12);

    public StatusBadge() {
        getStyleClass().addAll("task-status-badge", Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        setMinWidth(USE_PREF_SIZE);
        setGraphic(icon);
    }

    /** Changes text, icon and colours in place: no new icon node to style each time a cell shows another row. */
    void show(TaskItem item) {
        show(item.lastStatus(), item.isRunning());
    }

    /** {@code lastStatus} null: never ran. */
    public void show(RunStatus lastStatus, boolean running) {
        if (running) {
            set(RunStatusStyle.label(RunStatus.RUNNING), Feather.PLAY_CIRCLE, Styles.ACCENT, Styles.BG_ACCENT_SUBTLE);
        } else if (lastStatus == null) {
            set("never run", Feather.MINUS_CIRCLE, Styles.TEXT_MUTED, Styles.BG_NEUTRAL_SUBTLE);
        } else {
            RunStatus status = lastStatus;
            switch (status) {
                case SUCCESS -> set(RunStatusStyle.label(status), Feather.CHECK_CIRCLE, Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE);
                case FAILED, INTERRUPTED -> set(RunStatusStyle.label(status), Feather.X_CIRCLE, Styles.DANGER, Styles.BG_DANGER_SUBTLE);
                case TIMEOUT -> set(RunStatusStyle.label(status), Feather.CLOCK, Styles.DANGER, Styles.BG_DANGER_SUBTLE);
                case STOPPED -> set(RunStatusStyle.label(status), Feather.STOP_CIRCLE, Styles.WARNING, Styles.BG_WARNING_SUBTLE);
                default -> set(RunStatusStyle.label(status), Feather.MINUS_CIRCLE, Styles.TEXT_MUTED, Styles.BG_NEUTRAL_SUBTLE);
            }
        }
    }

    private void set(String text, Feather code, String tone, String background) {
        setText(text);
        icon.setIconCode(code);
        if (!getStyleClass().contains(tone) || !getStyleClass().contains(background)) {
            getStyleClass().removeAll(TONES);
            getStyleClass().addAll(tone, background);
        }
    }
}
