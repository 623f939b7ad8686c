package io.kumo.ui.runs;

import io.kumo.domain.RunStatus;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A run status's icon and colour class ({@code run-status-success} ... in kumo.css, AtlantaFX colours). */
public final class RunStatusStyle {

    private RunStatusStyle() {
    }

    public static Ikon icon(RunStatus status) {
        return switch (status) {
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case TIMEOUT -> Feather.CLOCK;
            case STOPPED -> Feather.STOP_CIRCLE;
            case RUNNING -> Feather.PLAY_CIRCLE;
            case QUEUED -> Feather.LOADER;
            case SKIPPED -> Feather.SKIP_FORWARD;
            case MISSED -> Feather.ALERT_TRIANGLE;
            case INTERRUPTED -> Feather.ALERT_OCTAGON;
        };
    }

    public static String styleClass(RunStatus status) {
        return "run-status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static FontIcon graphic(RunStatus status) {
        FontIcon icon = FontIcon.of(icon(status), 14);
        icon.getStyleClass().addAll("run-status-icon", styleClass(status));
        return icon;
    }

    /** "Success", "Timeout"... */
    public static String label(RunStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
