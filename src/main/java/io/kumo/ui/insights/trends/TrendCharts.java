package io.kumo.ui.insights.trends;

import io.kumo.ui.common.DisplayTime;
import io.kumo.insights.trends.DayTrend;
import io.kumo.insights.trends.RunFigures;
import io.kumo.insights.trends.TaskInsights;
import io.kumo.ui.common.ChartPlaceholder;
import io.kumo.ui.common.DayLabels;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The four per-day charts of a task's trends: p50/p95 duration, success rate, CPU seconds and peak memory. */
final class TrendCharts extends GridPane {


    private final LineChart<String, Number> duration = line("trends-duration", "seconds");
    private final LineChart<String, Number> success = line("trends-success", "% succeeded");
    private final BarChart<String, Number> cpu = new BarChart<>(new CategoryAxis(), axis("CPU seconds")) {
        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            DayLabels.keepApart((CategoryAxis) getXAxis());
        }
    };
    private final LineChart<String, Number> memory = line("trends-memory", "peak MB");

    TrendCharts() {
        setHgap(16);
        setVgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        style(cpu, "trends-cpu");
        duration.setLegendVisible(true);
        duration.setTitle("Duration (p50, p95)");
        success.setTitle("Success rate");
        cpu.setTitle("CPU time");
        memory.setTitle("Peak memory");
        // a chart's title hides with it, so each placeholder names its chart
        add(ChartPlaceholder.whileNoPoints(duration, "Duration: no finished runs in this window"), 0, 0);
        add(ChartPlaceholder.whileNoPoints(success, "Success rate: no finished runs in this window"), 1, 0);
        add(ChartPlaceholder.whileNoPoints(cpu, "CPU time: no runs in this window"), 0, 1);
        add(ChartPlaceholder.whileNoPoints(memory, "Peak memory: none recorded in this window"), 1, 1);
    }

    void show(TaskInsights insights) {
        List<DayTrend> days = insights == null ? List.of() : insights.perDay();
        duration.getData().setAll(series("p50", days, f -> f.p50Millis() / 1000.0, f -> f.p50Millis() >= 0),
                series("p95", days, f -> f.p95Millis() / 1000.0, f -> f.p95Millis() >= 0));
        success.getData().setAll(series("success", days, f -> Math.round(f.successRate() * 1000) / 10.0, f -> f.successRate() >= 0));
        cpu.getData().setAll(series("CPU", days, f -> Math.round(f.cpuSeconds() * 10) / 10.0, f -> true));
        memory.getData().setAll(series("peak", days, f -> Math.round(f.maxPeakRss() / 1024.0 / 1024.0 * 10) / 10.0,
                f -> f.maxPeakRss() > 0));
        var labels = FXCollections.observableArrayList(days.stream().map(day -> DisplayTime.system().day(day.day())).toList());
        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(duration, success, cpu, memory)) {
            ((CategoryAxis) chart.getXAxis()).setCategories(labels);
        }
    }

    private static XYChart.Series<String, Number> series(String name, List<DayTrend> days, ToDoubleFunction<RunFigures> value,
                                                         java.util.function.Predicate<RunFigures> known) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (DayTrend day : days) {
            if (day.figures().runs() > 0 && known.test(day.figures())) {
                series.getData().add(new XYChart.Data<>(DisplayTime.system().day(day.day()), value.applyAsDouble(day.figures())));
            }
        }
        return series;
    }

    private static LineChart<String, Number> line(String id, String unit) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), axis(unit)) {
            @Override
            protected void layoutPlotChildren() {
                super.layoutPlotChildren();
                DayLabels.keepApart((CategoryAxis) getXAxis());
            }
        };
        style(chart, id);
        return chart;
    }

    private static NumberAxis axis(String unit) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(unit);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static void style(XYChart<String, Number> chart, String id) {
        chart.setId(id);
        chart.getStyleClass().add("trend-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(160);
    }
}
