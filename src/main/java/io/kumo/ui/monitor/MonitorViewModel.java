package io.kumo.ui.monitor;

import io.kumo.monitor.SystemMonitor;
import io.kumo.monitor.SystemSample;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.util.Duration;

/**
 * The machine's figures while the dashboard is shown: one sample every two seconds, taken on the background executor
 * (one at a time: {@link SystemMonitor} is not thread-safe), kept as rolling five-minute series for the charts, plus
 * the latest sample, the data directory's partition and the partitions list. Sampling stops on {@link #deactivate()}.
 */
public final class MonitorViewModel {

    public static final Duration INTERVAL = Duration.seconds(2);
    public static final double WINDOW_SECONDS = 300;
    private static final int MAX_POINTS = 160;

    private final BackgroundExecutor background;
    private final Path dataDirectory;
    private final Supplier<SystemMonitor> monitorFactory;
    private final Instant origin;
    private final Timeline timeline;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    /** Created and used on background threads only, one at a time (guarded by {@link #inFlight}). */
    private volatile SystemMonitor monitor;
    private boolean primed;

    private final RollingSeries cpuTotal = series("All cores");
    private final RollingSeries memory = series("Memory");
    private final RollingSeries swap = series("Swap");
    private final RollingSeries diskRead = series("Read");
    private final RollingSeries diskWrite = series("Write");
    private final RollingSeries received = series("Received");
    private final RollingSeries sent = series("Sent");
    private final ObservableList<CoreLoad> cores = FXCollections.observableArrayList();
    private final ObservableList<PartitionItem> partitions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SystemSample> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DiskUse> dataDisk = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper windowEnd = new ReadOnlyDoubleWrapper();
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public MonitorViewModel(BackgroundExecutor background, Clock clock, Path dataDirectory) {
        this(background, clock, dataDirectory, () -> new SystemMonitor(clock));
    }

    MonitorViewModel(BackgroundExecutor background, Clock clock, Path dataDirectory, Supplier<SystemMonitor> monitorFactory) {
        this.background = background;
        this.dataDirectory = dataDirectory;
        this.monitorFactory = monitorFactory;
        this.origin = clock.instant();
        this.timeline = new Timeline(new KeyFrame(INTERVAL, event -> sampleNow()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    private static RollingSeries series(String name) {
        return new RollingSeries(name, WINDOW_SECONDS, MAX_POINTS);
    }

    /**
     * Starts sampling. The first sample only primes the rates (CPU, disk and network are measured between two
     * samples, and the previous one may be minutes old); the first shown one follows a second later.
     */
    public void activate() {
        if (active.get()) {
            return;
        }
        active.set(true);
        primed = false;
        sampleNow();
        timeline.play();
    }

    public void deactivate() {
        active.set(false);
        timeline.stop();
    }

    private void sampleNow() {
        if (!active.get() || !inFlight.compareAndSet(false, true)) {
            return;
        }
        background.run(this::read, this::show, error -> {
            inFlight.set(false);
            problem.set("System figures are unavailable: " + (error.getMessage() == null ? error : error.getMessage()));
        });
    }

    private record Reading(SystemSample sample, DiskUse dataDisk) {
    }

    private Reading read() throws java.io.IOException {
        if (monitor == null) {
            monitor = monitorFactory.get();
        }
        SystemSample sample = monitor.sample();
        return new Reading(sample, DiskUse.of(dataDirectory, sample.partitions()));
    }

    private void show(Reading reading) {
        inFlight.set(false);
        if (!active.get()) {
            return;
        }
        if (!primed) {
            primed = true;
            PauseTransition soon = new PauseTransition(Duration.seconds(1));
            soon.setOnFinished(event -> sampleNow());
            soon.play();
            return;
        }
        SystemSample sample = reading.sample();
        double second = (sample.at().toEpochMilli() - origin.toEpochMilli()) / 1000.0;
        cpuTotal.add(second, sample.cpuTotal());
        memory.add(second, percent(sample.memoryUsed(), sample.memoryTotal()));
        swap.add(second, percent(sample.swapUsed(), sample.swapTotal()));
        diskRead.add(second, sample.diskReadPerSecond());
        diskWrite.add(second, sample.diskWritePerSecond());
        received.add(second, sample.networkReceivedPerSecond());
        sent.add(second, sample.networkSentPerSecond());
        windowEnd.set(second);
        showCores(sample.cpuPerCore());
        List<PartitionItem> items = sample.partitions().stream().map(PartitionItem::of).toList();
        if (!items.equals(partitions)) {
            partitions.setAll(items);
        }
        latest.set(sample);
        dataDisk.set(reading.dataDisk());
        problem.set("");
        samples.set(samples.get() + 1);
    }

    private void showCores(List<Double> perCore) {
        List<CoreLoad> loads = new ArrayList<>(perCore.size());
        for (int i = 0; i < perCore.size(); i++) {
            loads.add(new CoreLoad(i, perCore.get(i)));
        }
        cores.setAll(loads);
    }

    private static double percent(long part, long whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }

    public XYChart.Series<Number, Number> cpuSeries() { return cpuTotal.series(); }
    public XYChart.Series<Number, Number> memorySeries() { return memory.series(); }
    public XYChart.Series<Number, Number> swapSeries() { return swap.series(); }
    public XYChart.Series<Number, Number> diskReadSeries() { return diskRead.series(); }
    public XYChart.Series<Number, Number> diskWriteSeries() { return diskWrite.series(); }
    public XYChart.Series<Number, Number> receivedSeries() { return received.series(); }
    public XYChart.Series<Number, Number> sentSeries() { return sent.series(); }
    public ObservableList<CoreLoad> cores() { return cores; }
    public ObservableList<PartitionItem> partitions() { return partitions; }
    public ReadOnlyObjectProperty<SystemSample> latestProperty() { return latest.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DiskUse> dataDiskProperty() { return dataDisk.getReadOnlyProperty(); }
    /** The newest sample's second on the charts' time line; the x axes show the five minutes before it. */
    public ReadOnlyDoubleProperty windowEndProperty() { return windowEnd.getReadOnlyProperty(); }
    /** Samples shown since the pane was built; it stops growing while the dashboard is hidden or minimised. */
    public ReadOnlyLongProperty samplesProperty() { return samples.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
