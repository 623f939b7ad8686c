package io.kumo.ui.common;

import javafx.scene.Node;

/**
 * A pane of the main window. What it subscribes to in {@link #onShow()} it releases in {@link #onHide()}, so hidden
 * panes cost nothing.
 */
public interface PaneView {

    Node getRoot();

    default void onShow() {
    }

    default void onHide() {
    }
}
