package io.kumo.service;

import io.kumo.domain.Task;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A task's next run as every list shows it (the Tasks pane, {@code kumo task list}, {@code kumo scheduler status}):
 * none while all scheduling is paused, the task is paused, manual or {@code @reboot}, its one-shot has passed or its
 * stored trigger cannot be read; else the running engine's planned fire, or the trigger's next after now when no
 * engine plans it. Never an instant in the past: a plan the engine has not moved on yet is read again from now.
 */
public final class NextRuns {

    /** The soonest next run among some tasks. */
    public record Upcoming(Task task, Instant at) {
    }

    private final SchedulingPause pause;
    private final Clock clock;
    private final LongFunction<Optional<Instant>> planned;

    /** @param planned the running engine's next fire of a task id; empty without an engine */
    public NextRuns(SchedulingPause pause, Clock clock, LongFunction<Optional<Instant>> planned) {
        this.pause = pause;
        this.clock = clock;
        this.planned = planned;
    }

    /**
     * The next runs of one listing: one "now" for all its tasks, and each trigger that several tasks share (the
     * readings of {@link StoredSchedules}) computed once. Not thread-safe: one per listing.
     */
    public final class Listing {
        private final Instant now = clock.instant();
        private final Map<Trigger, Optional<Instant>> nextAfterNow = new IdentityHashMap<>();

        private Listing() {
        }

        /** As {@link NextRuns#of(Task, Optional)}, at the listing's instant. */
        public Optional<Instant> of(Task task, Optional<Trigger> trigger) {
            return next(task, () -> trigger, now, read -> nextAfterNow.computeIfAbsent(read, unused -> read.nextFireAfter(now)));
        }
    }

    public Optional<Instant> of(Task task) {
        return of(task, () -> Triggers.of(task));
    }

    /** As {@link #of(Task)}, for a caller that has read the task's trigger already (a listing shows it too). */
    public Optional<Instant> of(Task task, Optional<Trigger> trigger) {
        return of(task, () -> trigger);
    }

    /** For a listing of many tasks. */
    public Listing listing() {
        return new Listing();
    }

    private Optional<Instant> of(Task task, Supplier<Optional<Trigger>> trigger) {
        Instant now = clock.instant();
        return next(task, trigger, now, read -> read.nextFireAfter(now));
    }

    private Optional<Instant> next(Task task, Supplier<Optional<Trigger>> trigger, Instant now,
                                   Function<Trigger, Optional<Instant>> nextAfterNow) {
        if (pause.isPaused() || !task.isEnabled()) {
            return Optional.empty();
        }
        Optional<Instant> plan = planned.apply(task.getId()).filter(at -> !at.isBefore(now));
        if (plan.isPresent()) {
            return plan;
        }
        try {
            return trigger.get().flatMap(nextAfterNow);
        } catch (RuntimeException e) { // a stored value out of range (an older Kumo): nothing to show
            return Optional.empty();
        }
    }

    /** The soonest next run among the tasks; empty while scheduling is paused or none of them is due to run. */
    public Optional<Upcoming> soonest(List<Task> tasks) {
        return tasks.stream().flatMap(task -> of(task).map(at -> new Upcoming(task, at)).stream())
                .min(Comparator.comparing(Upcoming::at));
    }
}
