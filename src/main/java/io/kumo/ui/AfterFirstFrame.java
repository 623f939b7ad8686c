package io.kumo.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs an action on the FX thread once the next pulse has rendered: work that the window does not need for its first
 * frame (the tray icon, which starts AWT) waits until the frame is on screen instead of delaying it.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Call on the FX thread, after the stage is shown. */
    static void run(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(action); // after this pulse's rendering, not inside it
            }
        }.start();
    }
}
