package io.kumo.ui.monitor;

import java.util.function.DoubleFunction;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A line chart over the monitor's last five minutes: the x axis follows the newest sample and is labelled in minutes
 * before it; no symbols and no animation, to keep redraws cheap.
 */
final class TimeChart extends LineChart<Number, Number> {

    @SafeVarargs
    TimeChart(String id, ObservableDoubleValue windowEnd, DoubleFunction<String> valueLabel, Double fixedMax,
              XYChart.Series<Number, Number>... series) {
        super(timeAxis(windowEnd), valueAxis(valueLabel, fixedMax));
        setId(id);
        getStyleClass().add("monitor-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(series.length > 1);
        setHorizontalGridLinesVisible(true);
        setVerticalGridLinesVisible(false);
        setPrefHeight(200);
        setMinHeight(160);
        getData().addAll(series);
    }

    private static NumberAxis timeAxis(ObservableDoubleValue windowEnd) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setTickUnit(60);
        axis.setMinorTickVisible(false);
        axis.lowerBoundProperty().bind(javafx.beans.binding.Bindings.subtract(windowEnd, MonitorViewModel.WINDOW_SECONDS));
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
