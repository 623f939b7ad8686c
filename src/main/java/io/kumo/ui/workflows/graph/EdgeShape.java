package io.kumo.ui.workflows.graph;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** A dependency as a cubic curve from the right edge of one step to the left edge of the next, with an arrowhead. */
final class EdgeShape extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final double ARROW = 9;

    private final Edge edge;
    private final CubicCurve curve = new CubicCurve();
    private final CubicCurve hitArea = new CubicCurve();
    private final Polygon arrow = new Polygon();

    EdgeShape(Edge edge) {
        this.edge = edge;
        getStyleClass().add("workflow-edge");
        setId("workflow-edge-" + edge.from() + "-" + edge.to());
        curve.getStyleClass().add("workflow-edge-line");
        curve.setMouseTransparent(true);
        hitArea.getStyleClass().add("workflow-edge-hit");
        arrow.getStyleClass().add("workflow-edge-arrow");
        arrow.setMouseTransparent(true);
        getChildren().addAll(hitArea, curve, arrow);
    }

    Edge edge() {
        return edge;
    }

    /** From (x1, y1) to (x2, y2), in the graph's coordinates. */
    void connect(double x1, double y1, double x2, double y2) {
        double bend = Math.max(40, Math.abs(x2 - x1) / 2);
        for (CubicCurve c : new CubicCurve[] {curve, hitArea}) {
            c.setStartX(x1);
            c.setStartY(y1);
            c.setControlX1(x1 + bend);
            c.setControlY1(y1);
            c.setControlX2(x2 - bend);
            c.setControlY2(y2);
            c.setEndX(x2 - ARROW);
            c.setEndY(y2);
        }
        arrow.getPoints().setAll(x2, y2, x2 - ARROW, y2 - ARROW / 2, x2 - ARROW, y2 + ARROW / 2);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setInvalid(boolean invalid) {
        pseudoClassStateChanged(INVALID, invalid);
    }
}
