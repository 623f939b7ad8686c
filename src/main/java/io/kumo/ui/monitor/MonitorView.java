package io.kumo.ui.monitor;

import atlantafx.base.theme.Styles;
import io.kumo.monitor.SystemSample;
import io.kumo.ui.common.ChartPlaceholder;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The System tab: CPU, memory, disk and network over the last five minutes, partitions, and Kumo's own process. */
public final class MonitorView extends ScrollPane {

    public MonitorView(MonitorViewModel model) {
        var end = model.windowEndProperty();
        TimeChart cpu = new TimeChart("monitor-cpu", end, value -> Math.round(value) + " %", 100.0, model.cpuSeries());
        Panel cpuPanel = new Panel("CPU", Feather.CPU, new VBox(8, placeholder(cpu), new CoreBars(model.cores())));
        cpuPanel.addNote(text(model, sample -> Units.percent(sample.cpuTotal()) + " of " + sample.cpuPerCore().size() + " logical processors"));

        TimeChart memory = new TimeChart("monitor-memory", end, value -> Math.round(value) + " %", 100.0,
                model.memorySeries(), model.swapSeries());
        Panel memoryPanel = new Panel("Memory and swap", Feather.LAYERS, placeholder(memory));
        memoryPanel.addNote(text(model, sample -> "Memory " + Units.bytes(sample.memoryUsed()) + " of " + Units.bytes(sample.memoryTotal())
                + " · swap " + Units.bytes(sample.swapUsed()) + " of " + Units.bytes(sample.swapTotal())));

        TimeChart disk = new TimeChart("monitor-disk-io", end, Units::rate, null, model.diskReadSeries(), model.diskWriteSeries());
        Panel diskPanel = new Panel("Disk IO", Feather.HARD_DRIVE, placeholder(disk));
        diskPanel.addNote(text(model, sample -> "read " + Units.rate(sample.diskReadPerSecond())
                + " · write " + Units.rate(sample.diskWritePerSecond())));

        TimeChart network = new TimeChart("monitor-network", end, Units::rate, null, model.receivedSeries(), model.sentSeries());
        Panel networkPanel = new Panel("Network", Feather.ACTIVITY, placeholder(network));
        networkPanel.addNote(text(model, sample -> "received " + Units.rate(sample.networkReceivedPerSecond())
                + " · sent " + Units.rate(sample.networkSentPerSecond())));

        Panel partitions = new Panel("Partitions", Feather.DATABASE, new PartitionsView(model.partitions()));
        Panel process = new Panel("Kumo process", Feather.CLOUD, processFigures(model));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.add(cpuPanel, 0, 0);
        grid.add(memoryPanel, 1, 0);
        grid.add(diskPanel, 0, 1);
        grid.add(networkPanel, 1, 1);
        grid.add(partitions, 0, 2);
        grid.add(process, 1, 2);

        Label samples = new Label();
        samples.setId("monitor-samples");
        samples.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        samples.textProperty().bind(model.samplesProperty().map(count -> "Sampled every "
                + (long) MonitorViewModel.INTERVAL.toSeconds() + " s while the dashboard is shown · " + count + " samples"));
        Label problem = new Label();
        problem.setId("monitor-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox content = new VBox(12, problem, grid, samples);
        content.setPadding(new Insets(16, 4, 16, 0));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("monitor-view");
    }

    private static ChartPlaceholder placeholder(TimeChart chart) {
        return new ChartPlaceholder(chart, "No samples yet", chart.noLineYet());
    }

    private static VBox processFigures(MonitorViewModel model) {
        VBox figures = new VBox(10,
                figure("monitor-process-memory", "Resident memory", text(model, sample -> Units.bytes(sample.processResident()))),
                figure("monitor-process-threads", "Threads", text(model, sample -> Integer.toString(sample.processThreads()))));
        figures.setId("monitor-process");
        return figures;
    }

    private static HBox figure(String id, String caption, ObservableValue<String> value) {
        Label name = new Label(caption);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(140);
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().addAll(Styles.TITLE_4, "card-value");
        number.textProperty().bind(value);
        HBox row = new HBox(12, name, number);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private static ObservableValue<String> text(MonitorViewModel model, java.util.function.Function<SystemSample, String> format) {
        return model.latestProperty().map(format).orElse("–");
    }
}
