package io.kumo.ui.dashboard;

import io.kumo.dashboard.DashboardSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The share of finished runs that succeeded on each of the last 7 days, in percent. A day with nothing finished has
 * no bar (a gap, not 0 %), and the note under the chart names those days.
 */
final class SuccessRateChart extends BarChart<String, Number> {

    private final CategoryAxis days;
    private final XYChart.Series<String, Number> rate = new XYChart.Series<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    SuccessRateChart() {
        this(new CategoryAxis(), percentAxis());
    }

    private SuccessRateChart(CategoryAxis days, NumberAxis percent) {
        super(days, percent);
        this.days = days;
        setId("chart-success-rate");
        getStyleClass().add("success-rate-chart");
        setAnimated(false);
        setLegendVisible(false);
        setVerticalGridLinesVisible(false);
        setCategoryGap(14);
        setPrefHeight(260);
        setMinHeight(200);
        rate.setName("Success rate");
        getData().add(rate);
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 100, 25);
        axis.setLabel("% succeeded");
        axis.setMinorTickVisible(false);
        return axis;
    }

    void show(DashboardSnapshot snapshot) {
        List<String> labels = new ArrayList<>();
        List<XYChart.Data<String, Number>> bars = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (DashboardSnapshot.DayRate day : snapshot.successRate()) {
            String label = DashboardFormat.weekday(day.day());
            labels.add(label);
            if (day.rate() < 0) {
                idle.add(label);
            } else {
                bars.add(new XYChart.Data<>(label, Math.round(day.rate() * 1000) / 10.0));
            }
        }
        if (!labels.equals(days.getCategories())) {
            days.setCategories(FXCollections.observableArrayList(labels));
        }
        rate.getData().setAll(bars);
        empty.set(bars.isEmpty());
        // with no bar at all the chart's placeholder says so; the note only names the gaps between bars
        note.set(idle.isEmpty() || bars.isEmpty() ? "" : "No runs finished on " + String.join(", ", idle) + " (no bar).");
    }

    /** True while none of the 7 days has a finished run (no bar at all). */
    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Which days have no bar because nothing finished; empty when every day has one. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
