package io.kumo.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Sizes a shown dialog to its content's preferred size, capped by the visual bounds of the screen it is on, and keeps
 * it on that screen. A dialog left to size itself can open squashed: its window's first size is guessed before the
 * content's CSS is applied, and some window managers then keep the size of the dialog shown before.
 */
public final class DialogFit {

    /** Around a dialog's form: its labels line up with the dialog's title above them. */
    public static final Insets CONTENT_PADDING = new Insets(8, 14, 4, 14);

    private DialogFit() {
    }

    /** Call from {@code setOnShown}: the window then exists and its decorations are known. */
    public static void toContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene().getWindow();
        pane.applyCss();
        Rectangle2D screen = screenOf(window);
        double chromeWidth = Math.max(0, window.getWidth() - pane.getScene().getWidth());
        double chromeHeight = Math.max(0, window.getHeight() - pane.getScene().getHeight());
        double width = Math.min(pane.prefWidth(-1) + chromeWidth, screen.getWidth());
        double height = Math.min(pane.prefHeight(width - chromeWidth) + chromeHeight, screen.getHeight());
        window.setWidth(Math.ceil(width));
        window.setHeight(Math.ceil(height));
        window.setX(clamp(window.getX(), screen.getMinX(), screen.getMaxX() - window.getWidth()));
        window.setY(clamp(window.getY(), screen.getMinY(), screen.getMaxY() - window.getHeight()));
    }

    /**
     * Taller when the content came to want more room (a message that arrived after the dialog was shown), never past
     * the screen's bottom; keeps the width, and any size the user gave it that is already large enough.
     */
    public static void growToContent(DialogPane pane) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (missing > 0.5) {
            Rectangle2D screen = screenOf(window);
            window.setHeight(Math.min(window.getHeight() + missing, screen.getMaxY() - Math.max(window.getY(), screen.getMinY())));
        }
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
