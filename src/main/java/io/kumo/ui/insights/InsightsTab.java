package io.kumo.ui.insights;

import javafx.scene.control.Tab;

/** One tab of the Insights pane; it loads when shown and lets go of what it follows when hidden. */
public interface InsightsTab {

    Tab tab();

    default void onShow() {
    }

    default void onHide() {
    }
}
