package io.kumo.ui.workflows.graph;

import javafx.geometry.Point2D;

/** Where a node drag started, to tell a click from a move. */
final class NodeDrag {
    private double sceneX;
    private double sceneY;
    private double originX;
    private double originY;
    private boolean active;
    private boolean moved;

    void start(double x, double y, double fromX, double fromY) {
        sceneX = x;
        sceneY = y;
        originX = fromX;
        originY = fromY;
        active = true;
        moved = false;
    }

    Point2D delta(double x, double y, double scale) {
        moved = moved || Math.abs(x - sceneX) > 3 || Math.abs(y - sceneY) > 3;
        return new Point2D((x - sceneX) / scale, (y - sceneY) / scale);
    }

    boolean active() {
        return active;
    }

    boolean moved() {
        return active && moved;
    }

    boolean wasMoved() {
        return moved;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    void stop() {
        active = false;
    }
}
