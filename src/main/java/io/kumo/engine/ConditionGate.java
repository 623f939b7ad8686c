package io.kumo.engine;

import io.kumo.conditions.ConditionCheck;
import io.kumo.conditions.ConditionSnapshot;
import io.kumo.conditions.ConditionSource;
import io.kumo.conditions.ConditionVerdict;
import io.kumo.conditions.Minutes;
import io.kumo.conditions.Unmet;
import io.kumo.domain.Run;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a recorded QUEUED run whose task's conditions do not hold yet. It is not in the dispatcher (it takes no
 * concurrency slot), is checked again at every {@link #recheck()} (every {@link #RECHECK} on the engine's timer), and
 * is handed on as soon as every condition holds, or skipped once its task's wait is over (at once when the wait is 0).
 * A manual "Run now" and workflow steps are not held; scheduled fires, catch-ups, retries and webhook runs are.
 * Probes run on the engine's workers: they may run programs or connect, which the scheduler's thread must not wait for.
 * A restart starts a held run's wait again.
 */
final class ConditionGate {

    static final Duration RECHECK = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ConditionGate.class);

    /** What becomes of a run the gate decided on. */
    interface Outcomes {
        /** All conditions hold: to the dispatcher, {@code note} (empty or a line for the run's log) going with it. */
        void admit(Run run, Task task, String note);

        void skip(Run run, String reason);

        /** Still held: its row shows why ({@code run.getError()}). */
        void waiting(Run run);
    }

    private final Clock clock;
    private final EngineTasks tasks;
    private final ConditionSource source;
    private final Executor workers;
    private final Outcomes outcomes;
    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    ConditionGate(Clock clock, EngineTasks tasks, ConditionSource source, Executor workers, Outcomes outcomes) {
        this.clock = clock;
        this.tasks = tasks;
        this.source = source;
        this.workers = workers;
        this.outcomes = outcomes;
    }

    /** Whether this run must pass the gate: its task has conditions and it is not a manual run or a workflow step. */
    static boolean applies(Run run, Task task) {
        RunConditions conditions = task.getConditions();
        boolean manual = run.getTriggerKind() == TriggerKind.MANUAL && run.getPayloadPath() == null;
        return conditions != null && conditions.any() && !manual && !run.isWorkflowStep();
    }

    /** Hands the run on at once when it need not pass the gate; else checks it on a worker. */
    void offer(Run run, Task task) {
        if (!applies(run, task)) {
            outcomes.admit(run, task, "");
            return;
        }
        Held entry = new Held(run, task, clock.instant());
        held.put(run.getId(), entry);
        request(entry);
    }

    /** Checks every held run again (each on a worker); the engine's timer calls it every {@link #RECHECK}. */
    void recheck() {
        for (Held entry : List.copyOf(held.values())) {
            request(entry);
        }
    }

    /** One check at a time per run; asks made during one are answered by one more pass after it (none is lost). */
    private void request(Held entry) {
        if (entry.asks.getAndIncrement() == 0) {
            try {
                workers.execute(() -> {
                    int answered;
                    do {
                        answered = entry.asks.get();
                        check(entry);
                    } while (entry.asks.addAndGet(-answered) > 0);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) { // the engine is closing: it stays QUEUED
                entry.asks.set(0);
            }
        }
    }

    /** A run of the task held here, the earliest. */
    java.util.Optional<Long> heldRunOf(long taskId) {
        return held.values().stream().filter(entry -> entry.task.getId() == taskId).map(entry -> entry.run.getId())
                .min(Long::compare);
    }

    /** Takes a held run out (it was stopped, or this node lost its lease); false when it was not held. */
    boolean release(long runId) {
        Held entry = held.remove(runId);
        if (entry == null) {
            return false;
        }
        synchronized (entry) {
            return true;
        }
    }

    void releaseAll() {
        held.clear();
    }

    private void check(Held entry) {
        try {
            if (held.get(entry.run.getId()) != entry) {
                return;
            }
            // the task as it is now: conditions changed while a run waits apply to it
            RunConditions conditions = tasks.find(entry.task.getId()).map(Task::getConditions).orElse(entry.task.getConditions());
            ConditionVerdict verdict = ConditionCheck.evaluate(conditions, ConditionSnapshot.probe(source, conditions));
            decide(entry, conditions, verdict);
        } catch (RuntimeException e) { // a probe that fails must not leave the run held for ever, nor kill the worker
            LOG.warn("Run #{}: its conditions could not be checked: {}", entry.run.getId(), e.toString());
            if (held.remove(entry.run.getId(), entry)) {
                outcomes.admit(entry.run, entry.task, "its conditions could not be checked (" + e.getMessage() + ")");
            }
        }
    }

    private void decide(Held entry, RunConditions conditions, ConditionVerdict verdict) {
        Run run = entry.run;
        Duration waited = Duration.between(entry.since, clock.instant());
        if (verdict.holds()) {
            if (held.remove(run.getId(), entry)) {
                run.setError(null);
                outcomes.admit(run, entry.task, note(entry, waited, verdict));
            }
            return;
        }
        Duration limit = Duration.ofSeconds(conditions.waitSeconds());
        if (waited.compareTo(limit) >= 0) {
            if (held.remove(run.getId(), entry)) {
                outcomes.skip(run, "skipped: " + verdict.reasons() + (limit.isZero() ? "" : " for " + Minutes.format(limit)));
            }
            return;
        }
        verdict.unmet().stream().map(Unmet::awaited).forEach(entry.awaited::add);
        run.setError("waiting up to " + Minutes.format(limit) + " for its conditions: " + verdict.reasons());
        synchronized (entry) { // a release waits for this write, so a stop's end is never overwritten by it
            if (held.get(run.getId()) == entry) {
                outcomes.waiting(run);
            }
        }
    }

    /** "waited 12 min for AC power; the idle time is unknown here (...)", or empty. */
    private static String note(Held entry, Duration waited, ConditionVerdict verdict) {
        List<String> parts = new ArrayList<>();
        if (!entry.awaited.isEmpty()) {
            parts.add("waited " + Minutes.format(waited) + " for " + String.join(" and ", entry.awaited));
        }
        parts.addAll(verdict.unchecked());
        return String.join("; ", parts);
    }

    private static final class Held {
        final Run run;
        final Task task;
        final Instant since;
        final Set<String> awaited = new LinkedHashSet<>();
        /** Checks asked for and not yet answered. */
        final AtomicInteger asks = new AtomicInteger();

        Held(Run run, Task task, Instant since) {
            this.run = run;
            this.task = task;
            this.since = since;
        }
    }
}
