package io.kumo.rest.metrics;

import io.kumo.domain.Run;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.Task;
import io.kumo.engine.EngineListener;
import io.kumo.service.AuditedRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the engine's runs as they change: every run reaching a terminal status once under its task's name and
 * status, its duration, and how late a scheduled fire started. A workflow step's attempts count under their step
 * task's name ({@code "<workflow> - <step>"}): they are real processes taking the same queue and run slots. Each
 * change costs a meter lookup and an atomic add, so the engine's thread is not held.
 *
 * <p>Only the counter carries the task (a series per task and status); the duration histogram is one for all runs, so
 * 10,000 tasks do not make 200,000 bucket series. A deleted task's series go with it, a renamed task's old ones too.
 */
final class RunMeters implements EngineListener, AuditedRepository.ChangeListener<Task> {

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
    private final Timer duration;
    /** The name each counted task's series carry, by task id: what to remove when it is deleted or renamed. */
    private final Map<Long, String> countedNames = new ConcurrentHashMap<>();
    private final RememberedRuns ended = new RememberedRuns(REMEMBERED_RUNS);
    private final RememberedRuns started = new RememberedRuns(REMEMBERED_RUNS);

    RunMeters(MeterRegistry registry) {
        this.registry = registry;
        this.lateness = Timer.builder(LATENESS).description("How long after its scheduled instant a cron, interval or once fire started")
                .serviceLevelObjectives(LATENESS_BUCKETS).register(registry);
        this.duration = Timer.builder(DURATION).description("How long runs ran, from start to end")
                .serviceLevelObjectives(DURATION_BUCKETS).register(registry);
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
            String previous = countedNames.put(run.getTaskId(), run.getTaskName());
            if (previous != null && !previous.equals(run.getTaskName())) {
                removeSeries(previous);
            }
            Counter.builder(RUNS).description("Runs that ended, by task and final status")
                    .tag("task", run.getTaskName()).tag("status", run.getStatus().name())
                    .register(registry).increment();
            if (run.getStartedAt() != null && run.getEndedAt() != null) {
                duration.record(Duration.between(run.getStartedAt(), run.getEndedAt()));
            }
        }
    }

    /** A task deleted: its series go; renamed: the old name's series go (its next run counts under the new one). */
    @Override
    public void changed(Task task, boolean deleted) {
        if (task.getId() == null) {
            return;
        }
        if (deleted) {
            String counted = countedNames.remove(task.getId());
            removeSeries(task.getName());
            if (counted != null && !counted.equals(task.getName())) {
                removeSeries(counted);
            }
            return;
        }
        String counted = countedNames.get(task.getId());
        if (counted != null && !counted.equals(task.getName()) && countedNames.remove(task.getId(), counted)) {
            removeSeries(counted);
        }
    }

    private void removeSeries(String taskName) {
        registry.find(RUNS).tag("task", taskName).meters().forEach(registry::remove);
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
        }
        return durations;
    }
}
