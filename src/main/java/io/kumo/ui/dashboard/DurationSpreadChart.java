package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.dashboard.DashboardSnapshot;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** How many of the last 7 days' finished runs took how long (under 1 s … over 30 min); a line of text when none did. */
final class DurationSpreadChart extends StackPane {

    private final BarChart<String, Number> chart;
    private final XYChart.Series<String, Number> runs = new XYChart.Series<>();
    private final Label empty = new Label("No runs yet.");

    DurationSpreadChart() {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setLabel("runs");
        chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId("chart-duration-spread");
        chart.getStyleClass().add("duration-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setPrefHeight(240);
        chart.setMinHeight(180);
        chart.getData().add(runs);
        empty.setId("duration-spread-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(chart, empty);
        show(List.of());
    }

    void show(DashboardSnapshot snapshot) {
        show(snapshot.rankings().durations());
    }

    private void show(List<DashboardSnapshot.DurationBucket> buckets) {
        boolean none = buckets.stream().allMatch(bucket -> bucket.runs() == 0);
        chart.setVisible(!none);
        empty.setVisible(none);
        runs.getData().setAll(buckets.stream().map(bucket -> new XYChart.Data<String, Number>(bucket.label(), bucket.runs())).toList());
    }
}
