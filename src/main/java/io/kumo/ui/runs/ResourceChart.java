package io.kumo.ui.runs;

import atlantafx.base.theme.Styles;
import io.kumo.engine.ResourceSeries;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A run's CPU % and memory (MB) over its seconds, as two small line charts sharing the time axis. */
public final class ResourceChart extends StackPane {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final XYChart.Series<Number, Number> cpu = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> memory = new XYChart.Series<>();
    private final VBox charts;
    private final Label empty = new Label("No resource samples: the run was too short to be sampled, or did not start.");

    public ResourceChart() {
        cpu.setName("CPU %");
        memory.setName("Memory (MB)");
        charts = new VBox(4, chart(cpu, "CPU %", "run-chart-cpu"), chart(memory, "Memory MB", "run-chart-memory"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        getChildren().addAll(charts, empty);
        setId("run-chart");
        getStyleClass().add("run-chart");
        show(List.of());
    }

    private static LineChart<Number, Number> chart(XYChart.Series<Number, Number> series, String label, String id) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds");
        time.setForceZeroInRange(true);
        NumberAxis value = new NumberAxis();
        value.setLabel(label);
        value.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(110);
        chart.getData().add(series);
        return chart;
    }

    /** Replaces the points (FX thread); an explanation instead when there are none. */
    public void show(List<ResourceSeries.Point> points) {
        List<XYChart.Data<Number, Number>> cpuData = new ArrayList<>(points.size());
        List<XYChart.Data<Number, Number>> memoryData = new ArrayList<>(points.size());
        for (ResourceSeries.Point point : points) {
            cpuData.add(new XYChart.Data<>(point.second(), point.cpu()));
            memoryData.add(new XYChart.Data<>(point.second(), point.rss() / MEGABYTE));
        }
        cpu.getData().setAll(cpuData);
        memory.getData().setAll(memoryData);
        charts.setVisible(!points.isEmpty());
        empty.setVisible(points.isEmpty());
    }

    public int pointCount() {
        return cpu.getData().size();
    }
}
