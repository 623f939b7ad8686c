package io.kumo.ui.monitor;

import java.util.Arrays;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A line chart over the monitor's last five minutes: the x axis follows the newest sample and is labelled in minutes
 * before it; no symbols and no animation, to keep redraws cheap. No vertical zero line: x = 0 is merely the moment
 * sampling began, and the line drawn there for the first five minutes meant nothing to a reader.
 */
final class TimeChart extends LineChart<Number, Number> {

    private final BooleanBinding noLine;

    @SafeVarargs
    TimeChart(String id, ObservableDoubleValue windowEnd, DoubleFunction<String> valueLabel, Double fixedMax,
              XYChart.Series<Number, Number>... series) {
        super(timeAxis(windowEnd), valueAxis(valueLabel, fixedMax));
        setId(id);
        getStyleClass().add("monitor-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(true); // even for one series: it names the line and shows its colour
        setHorizontalGridLinesVisible(true);
        setVerticalGridLinesVisible(false);
        setVerticalZeroLineVisible(false);
        setPrefHeight(200);
        setMinHeight(160);
        getData().addAll(series);
        noLine = Bindings.createBooleanBinding(() -> Arrays.stream(series).allMatch(one -> one.getData().size() < 2),
                Arrays.stream(series).map(XYChart.Series::getData).toArray(javafx.beans.Observable[]::new));
    }

    /** True until some series has the two samples a line needs. */
    ObservableBooleanValue noLineYet() {
        return noLine;
    }

    private static NumberAxis timeAxis(ObservableDoubleValue windowEnd) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setTickUnit(60);
        axis.setMinorTickVisible(false);
        axis.lowerBoundProperty().bind(Bindings.subtract(windowEnd, MonitorViewModel.WINDOW_SECONDS));
        axis.upperBoundProperty().bind(windowEnd);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                long minutes = Math.round((axis.getUpperBound() - value.doubleValue()) / 60);
                return minutes == 0 ? "now" : "-" + minutes + " min";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return axis;
    }

    private static NumberAxis valueAxis(DoubleFunction<String> valueLabel, Double fixedMax) {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        if (fixedMax != null) {
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setUpperBound(fixedMax);
            axis.setTickUnit(fixedMax / 4);
        }
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return valueLabel.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return axis;
    }
}
