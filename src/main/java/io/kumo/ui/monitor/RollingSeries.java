package io.kumo.ui.monitor;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/** A chart series over a sliding time window: new points go on the right, points older than the window drop off. */
final class RollingSeries {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final double windowSeconds;
    private final int maxPoints;

    RollingSeries(String name, double windowSeconds, int maxPoints) {
        series.setName(name);
        this.windowSeconds = windowSeconds;
        this.maxPoints = maxPoints;
    }

    /** Adds a point at {@code second} (seconds on the monitor's time line) and trims what fell out of the window. */
    void add(double second, double value) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int drop = 0;
        while (drop < data.size() && (data.get(drop).getXValue().doubleValue() < second - windowSeconds
                || data.size() - drop >= maxPoints)) {
            drop++;
        }
        if (drop > 0) {
            data.remove(0, drop);
        }
        data.add(new XYChart.Data<>(second, value));
    }

    XYChart.Series<Number, Number> series() {
        return series;
    }
}
