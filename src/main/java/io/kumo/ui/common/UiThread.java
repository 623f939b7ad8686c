package io.kumo.ui.common;

import javafx.application.Platform;

/** The one way onto the FX thread. */
public final class UiThread {

    private UiThread() {
    }

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
