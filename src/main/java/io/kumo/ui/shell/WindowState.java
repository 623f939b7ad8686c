package io.kumo.ui.shell;

/** Where the main window was and how big, to open it the same way next time. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1200, 780, false);

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
