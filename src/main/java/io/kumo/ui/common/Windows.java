package io.kumo.ui.common;

import javafx.scene.Node;
import javafx.stage.Window;

/** The window a node is shown in, as the owner of the dialogs and file choosers it opens. */
public final class Windows {

    private Windows() {
    }

    /** The node's window, or null while it is in no scene (a dialog then opens without an owner). */
    public static Window of(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
