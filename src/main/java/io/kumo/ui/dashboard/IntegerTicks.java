package io.kumo.ui.dashboard;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Labels only the whole numbers of a count axis (no "2.5 runs"). */
final class IntegerTicks extends StringConverter<Number> {

    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new IntegerTicks());
        return axis;
    }

    @Override
    public String toString(Number value) {
        double number = value.doubleValue();
        return number == Math.rint(number) ? Long.toString((long) number) : "";
    }

    @Override
    public Number fromString(String text) {
        return Long.parseLong(text);
    }
}
