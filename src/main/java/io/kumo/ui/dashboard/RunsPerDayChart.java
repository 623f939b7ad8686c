package io.kumo.ui.dashboard;

import io.kumo.dashboard.DashboardSnapshot;
import io.kumo.ui.common.DayLabels;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** Finished runs per day over the last 14 days, succeeded (green) under failed (red). */
final class RunsPerDayChart extends StackedBarChart<String, Number> {

    private final CategoryAxis days;
    private final XYChart.Series<String, Number> succeeded = new XYChart.Series<>();
    private final XYChart.Series<String, Number> failed = new XYChart.Series<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    RunsPerDayChart() {
        this(new CategoryAxis(), IntegerTicks.countAxis("runs"));
    }

    private RunsPerDayChart(CategoryAxis days, NumberAxis counts) {
        super(days, counts);
        this.days = days;
        setId("chart-runs-per-day");
        getStyleClass().add("runs-per-day-chart");
        setAnimated(false);
        setCategoryGap(6);
        setVerticalGridLinesVisible(false);
        setPrefHeight(260);
        setMinHeight(200);
        succeeded.setName("Succeeded");
        failed.setName("Failed");
        getData().addAll(List.of(succeeded, failed));
    }

    /** Updates the bars in place while the days stay the same; rebuilds them when the days moved on. */
    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        DayLabels.keepApart(days);
    }

    void show(DashboardSnapshot snapshot) {
        List<DashboardSnapshot.DayCount> counts = snapshot.runsPerDay();
        List<String> labels = counts.stream().map(count -> DashboardFormat.day(count.day())).toList();
        empty.set(counts.stream().allMatch(count -> count.succeeded() + count.failed() == 0));
        if (!labels.equals(days.getCategories())) {
            days.setCategories(FXCollections.observableArrayList(labels));
            succeeded.getData().setAll(counts.stream().map(count -> bar(count, count.succeeded())).toList());
            failed.getData().setAll(counts.stream().map(count -> bar(count, count.failed())).toList());
            return;
        }
        for (int i = 0; i < counts.size(); i++) {
            succeeded.getData().get(i).setYValue(counts.get(i).succeeded());
            failed.getData().get(i).setYValue(counts.get(i).failed());
        }
    }

    /** True while no run finished in the 14 days (bars of height 0 only). */
    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    private static XYChart.Data<String, Number> bar(DashboardSnapshot.DayCount count, long value) {
        return new XYChart.Data<>(DashboardFormat.day(count.day()), value);
    }
}
