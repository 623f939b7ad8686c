package io.kumo.ui.dashboard;

import io.kumo.dashboard.DashboardSnapshot;
import java.util.ArrayList;
import io.kumo.ui.common.DayLabels;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The mean duration of finished runs per day over the last 14 days, in seconds, minutes or hours (whichever suits the
 * longest day). Days without finished runs have no point.
 */
final class DurationChart extends LineChart<String, Number> {

    private final CategoryAxis days;
    private final NumberAxis values;
    private final XYChart.Series<String, Number> average = new XYChart.Series<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    DurationChart() {
        this(new CategoryAxis(), new NumberAxis());
    }

    private DurationChart(CategoryAxis days, NumberAxis values) {
        super(days, values);
        this.days = days;
        this.values = values;
        values.setForceZeroInRange(true);
        values.setMinorTickVisible(false);
        setId("chart-duration");
        getStyleClass().add("duration-chart");
        setAnimated(false);
        setLegendVisible(false);
        setVerticalGridLinesVisible(false);
        setPrefHeight(240);
        setMinHeight(180);
        average.setName("Average duration");
        getData().add(average);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        DayLabels.keepApart(days);
    }

    void show(DashboardSnapshot snapshot) {
        double longest = snapshot.averageDuration().stream().mapToDouble(DashboardSnapshot.DayDuration::averageSeconds).max().orElse(0);
        DashboardFormat.DurationUnit unit = DashboardFormat.DurationUnit.forLongest(longest);
        values.setLabel(unit.label());
        List<String> labels = new ArrayList<>();
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (DashboardSnapshot.DayDuration day : snapshot.averageDuration()) {
            String label = DashboardFormat.day(day.day());
            labels.add(label);
            if (day.averageSeconds() >= 0) {
                points.add(new XYChart.Data<>(label, Math.round(unit.convert(day.averageSeconds()) * 10) / 10.0));
            }
        }
        if (!labels.equals(days.getCategories())) {
            days.setCategories(FXCollections.observableArrayList(labels));
        }
        average.getData().setAll(points);
        empty.set(points.isEmpty());
    }

    /** True while no day has a finished run to average. */
    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
