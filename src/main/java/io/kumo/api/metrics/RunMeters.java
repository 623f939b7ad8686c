package io.kumo.api.metrics;

import io.kumo.domain.Run;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.EngineListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Counts the engine's runs as they change: every run reaching a terminal status once under its task's name and
 * status, its duration, and how late a scheduled fire started. A workflow step's attempts count under their step
 * task's name ({@code "<workflow> - <step>"}): they are real processes taking the same queue and run slots. Each
 * change costs a meter lookup and an atomic add, so the engine's thread is not held.
 */
final class RunMeters implements EngineListener {

    static final String RUNS = "kumo.runs";
    static final String DURATION = "kumo.run.duration";
    static final String LATENESS = "kumo.fire.lateness";

    /** The fires that are due at their instant; a catch-up fire is late on purpose, a retry waits its own delay. */
    private static final Set<TriggerKind> ON_SCHEDULE = EnumSet.of(TriggerKind.CRON, TriggerKind.INTERVAL, TriggerKind.ONCE);
    private static final int REMEMBERED_RUNS = 10_000;

    private static final Duration[] DURATION_BUCKETS = seconds(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600,
            7200, 3 * 3600, 6 * 3600);
    private static final Duration[] LATENESS_BUCKETS = seconds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
            2.5, 5, 10, 30, 60);

    private final MeterRegistry registry;
    private final Timer lateness;
    private final RememberedRuns ended = new RememberedRuns(REMEMBERED_RUNS);
    private final RememberedRuns started = new RememberedRuns(REMEMBERED_RUNS);

    RunMeters(MeterRegistry registry) {
        this.registry = registry;
        this.lateness = Timer.builder(LATENESS).description("How long after its scheduled instant a cron, interval or once fire started")
                .serviceLevelObjectives(LATENESS_BUCKETS).register(registry);
    }

    @Override
    public void runChanged(Run run) {
        if (run.getId() == null) {
            return;
        }
        if (run.getStartedAt() != null && ON_SCHEDULE.contains(run.getTriggerKind()) && started.firstTime(run.getId())) {
            Duration late = Duration.between(run.getScheduledFor(), run.getStartedAt());
            lateness.record(late.isNegative() ? Duration.ZERO : late);
        }
        if (run.getStatus().isTerminal() && ended.firstTime(run.getId())) {
            Counter.builder(RUNS).description("Runs that ended, by task and final status")
                    .tag("task", run.getTaskName()).tag("status", run.getStatus().name())
                    .register(registry).increment();
            if (run.getStartedAt() != null && run.getEndedAt() != null) {
                Timer.builder(DURATION).description("How long runs ran, from start to end, by task").tag("task", run.getTaskName())
                        .serviceLevelObjectives(DURATION_BUCKETS).register(registry)
                        .record(Duration.between(run.getStartedAt(), run.getEndedAt()));
            }
        }
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
        }
        return durations;
    }
}
