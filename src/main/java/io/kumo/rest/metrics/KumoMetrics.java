package io.kumo.rest.metrics;

import io.kumo.app.KumoCore;
import io.kumo.engine.Engine;
import io.kumo.service.SchedulingPause;
import io.kumo.service.TaskService;
import io.kumo.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Kumo's Prometheus metrics (Micrometer's Prometheus registry): runs by task and status, run durations (all tasks), fire lateness,
 * queue depth, running runs, tasks by state, JVM basics. Counts from the instance's start, whether the API is on or not.
 */
public final class KumoMetrics implements AutoCloseable {

    private final Engine engine;
    private final TaskService tasks;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RunMeters runMeters = new RunMeters(registry);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    /** Every gauge holds what it reads strongly: by default a gauge keeps a weak reference and shows NaN once it is gone. */
    private KumoMetrics(Engine engine, TaskService tasks, LiveCounts counts, SchedulingPause pause) {
        this.engine = engine;
        this.tasks = tasks;
        gauge("kumo.queue.depth", "Runs waiting to start (QUEUED)", counts, LiveCounts.Figures::queued);
        gauge("kumo.runs.running", "Runs running now", counts, LiveCounts.Figures::running);
        Gauge.builder("kumo.tasks", counts, live -> live.current().enabledTasks()).description("Tasks by state")
                .tag("state", "enabled").strongReference(true).register(registry);
        Gauge.builder("kumo.tasks", counts, live -> live.current().pausedTasks()).description("Tasks by state")
                .tag("state", "paused").strongReference(true).register(registry);
        Gauge.builder("kumo.scheduling.paused", pause, paused -> paused.isPaused() ? 1 : 0)
                .description("1 while all scheduling is paused").strongReference(true).register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        engine.addListener(runMeters);
        tasks.addListener(runMeters); // a deleted or renamed task's series go
    }

    /** Starts counting this core's engine's runs (the instance's engine must be started). */
    public static KumoMetrics attach(KumoCore core) {
        Engine engine = core.engine().orElseThrow(() -> new IllegalStateException("Metrics count the runs of the instance's "
                + "engine: start it first"));
        return attach(engine, core.taskService(), core.database(), core.schedulingPause());
    }

    /**
     * Starts counting {@code engine}'s runs; {@code tasks} tells which tasks were deleted or renamed (their series go),
     * the gauges read {@code database} and {@code pause}.
     */
    public static KumoMetrics attach(Engine engine, TaskService tasks, Database database, SchedulingPause pause) {
        return attach(engine, tasks, database, pause, System::nanoTime);
    }

    /** With the clock ({@link System#nanoTime()} or a hand-moved one) that ages the gauges' one-second cache. */
    public static KumoMetrics attach(Engine engine, TaskService tasks, Database database, SchedulingPause pause,
            LongSupplier nanoTime) {
        return new KumoMetrics(engine, tasks, new LiveCounts(engine.runs(), database, nanoTime), pause);
    }

    /** The text exposition format, version 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    /** Stops counting: the engine forgets the listener, the registry its meters. */
    @Override
    public void close() {
        engine.removeListener(runMeters);
        tasks.removeListener(runMeters);
        gcMetrics.close();
        registry.close();
    }

    private void gauge(String name, String description, LiveCounts counts, ToDoubleFunction<LiveCounts.Figures> figure) {
        Gauge.builder(name, counts, live -> figure.applyAsDouble(live.current())).description(description).strongReference(true)
                .register(registry);
    }
}
