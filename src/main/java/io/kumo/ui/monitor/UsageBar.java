package io.kumo.ui.monitor;

import javafx.scene.control.ProgressBar;

/** A thin progress bar for a used fraction, turning to warning above 75 % and danger above 90 %. */
public final class UsageBar extends ProgressBar {

    public UsageBar() {
        getStyleClass().add("usage-bar");
        setMaxWidth(Double.MAX_VALUE);
    }

    /** {@code fraction} in [0, 1]. */
    public void show(double fraction) {
        double value = Math.clamp(fraction, 0, 1);
        setProgress(value);
        pseudoClassStateChanged(WARNING, value > 0.75 && value <= 0.9);
        pseudoClassStateChanged(DANGER, value > 0.9);
    }

    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");
    private static final javafx.css.PseudoClass DANGER = javafx.css.PseudoClass.getPseudoClass("danger");
}
