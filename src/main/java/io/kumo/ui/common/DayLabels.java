package io.kumo.ui.common;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;

/**
 * Keeps the day labels of a category axis apart: when the days are too close for every label, only every second
 * (third, ...) day keeps its label, counted back from the newest so that today is always labelled. JavaFX's own
 * skipping lets labels touch ("24 Nov25 Nov"), and an axis with a fixed category list never rotates them.
 */
public final class DayLabels {

    /** The least room left between two neighbouring labels, in pixels. */
    public static final double MIN_GAP = 12;

    private DayLabels() {
    }


    /** Every how many days a label fits, for labels up to {@code labelWidth} wide on days {@code spacing} apart. */
    public static int step(double labelWidth, double spacing) {
        if (!(spacing > 0)) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil((labelWidth + MIN_GAP) / spacing));
    }

    /**
     * Hides the labels that would touch. Call it from the chart's {@code layoutPlotChildren()}, which runs right after
     * the axis' own layout: JavaFX shows every label again whenever the axis length or its categories change.
     */
    public static void keepApart(CategoryAxis axis) {
        List<String> days = axis.getCategories();
        if (days.size() < 2) {
            return;
        }
        double spacing = Math.abs(axis.getDisplayPosition(days.get(1)) - axis.getDisplayPosition(days.getFirst()));
        Text probe = new Text();
        probe.setFont(axis.getTickLabelFont());
        double widest = 0;
        for (String day : days) {
            probe.setText(day);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        int step = step(widest, spacing);
        int newest = days.size() - 1;
        Predicate<String> labelled = day -> days.contains(day) && (newest - days.indexOf(day)) % step == 0;
        for (Axis.TickMark<String> tick : axis.getTickMarks()) {
            tick.setTextVisible(labelled.test(tick.getValue()));
        }
        // a tick mark shows its text again only at the axis' next layout: show (and hide) the texts themselves now
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (child instanceof Text label) {
                label.setVisible(labelled.test(label.getText()));
            }
        }
    }
}
