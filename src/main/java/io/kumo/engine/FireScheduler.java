package io.kumo.engine;

import io.kumo.domain.Task;
import io.kumo.engine.NextFires.Entry;
import io.kumo.schedule.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer: knows each task's next fire and each delayed run's start, sleeps until the earliest, and hands what is
 * due to the engine. It never sleeps longer than {@link #REARM} so that a suspend/resume or a wall-clock change is
 * noticed within that time; a fire found late by more than {@link #MISFIRE_THRESHOLD} is a misfire and goes to the
 * task's misfire policy. {@link #tick()} does one pass without threads, for tests with a settable clock.
 */
public final class FireScheduler {

    public static final Duration REARM = Duration.ofSeconds(30);
    public static final Duration MISFIRE_THRESHOLD = Duration.ofSeconds(60);
    /**
     * Fires are handed over this much before their instant: the run record and the launch are prepared ahead, and
     * the dispatcher spawns the process at the instant itself, so database work never adds to the lateness.
     */
    public static final Duration LEAD = Duration.ofMillis(100);
    /**
     * When many fires share an instant (a burst: every task on the same cron minute), each one more is handed over
     * this much earlier: all of them are recorded, prepared and claimed before the instant, not one after the other.
     * 10 ms: on 2 loaded cores recording 200 fires took up to 1 s, preparing them 0.6 s and claiming them 0.3 s, so
     * 5 ms (1.1 s for 200) left most of a burst to be prepared and claimed after its minute.
     */
    static final Duration LEAD_PER_SHARED_FIRE = Duration.ofMillis(10);
    static final Duration MAX_LEAD = Duration.ofSeconds(2);
    static final int MAX_MISSED_SCAN = 100_000;

    /** What the scheduler hands over. */
    public interface Target {
        void fire(Task task, Trigger trigger, Instant scheduledFor);

        /** The on-time fires of one pass, earliest first; a target may record them together. */
        default void fireAll(List<DueFire> fires) {
            fires.forEach(due -> fire(due.task(), due.trigger(), due.scheduledFor()));
        }

        /**
         * Fires found late together (more than one, or one later than {@link #MISFIRE_THRESHOLD}), for the task's
         * misfire policy; {@code onTimeFollows} when a fire that is not late follows in the same pass.
         */
        void misfire(Task task, Trigger trigger, LateFires late, boolean onTimeFollows);

        void startDelayed(long runId);

        /** A fire this node left to the other nodes of a cluster for a while ({@link #yieldFire}); now it takes it. */
        default void fireYielded(DueFire fire) {
            fire(fire.task(), fire.trigger(), fire.scheduledFor());
        }
    }

    /** How the loop waits after a failed pass; the default waits on the scheduler's condition (a stop ends it). */
    interface FailureWait {
        void await(Duration delay) throws InterruptedException;
    }

    /** The first wait after a failed pass; it doubles with every further failure in a row, up to {@link #REARM}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(FireScheduler.class);

    /** An on-time fire handed over. */
    public record DueFire(Task task, Trigger trigger, Instant scheduledFor) {
    }

    private final Clock clock;
    private final Target target;
    private final int missedKept;
    private final FailureWait failureWait;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final NextFires entries = new NextFires();
    private final Map<Long, Instant> delayed = new HashMap<>();
    /** Cluster mode: fires a busy node leaves to the others until the instant it takes them itself. */
    private final Map<DueFire, Instant> yielded = new HashMap<>();
    private volatile boolean paused;
    private volatile boolean running;
    private Thread thread;

    public FireScheduler(Clock clock, Target target, int missedKept) {
        this(clock, target, missedKept, null);
    }

    FireScheduler(Clock clock, Target target, int missedKept, FailureWait failureWait) {
        this.clock = clock;
        this.target = target;
        this.missedKept = missedKept;
        this.failureWait = failureWait != null ? failureWait : this::awaitChange;
    }

    /** Schedules (or reschedules) a task's fires strictly after {@code after}. */
    public void schedule(Task task, Trigger trigger, Instant after) {
        Optional<Instant> next = trigger.nextFireAfter(after);
        withLock(() -> {
            if (next.isPresent()) {
                entries.put(new Entry(task, trigger, next.get()));
            } else {
                entries.remove(task.getId());
            }
        });
    }

    public void unschedule(long taskId) {
        withLock(() -> entries.remove(taskId));
    }

    public void delay(long runId, Instant startAt) {
        withLock(() -> delayed.put(runId, startAt));
    }

    /**
     * Cluster mode: hands {@code fire} back to the target at {@code takeAt} ({@link Target#fireYielded}) instead of now,
     * so that a node with a free slot records it first; if none did, this one does then.
     */
    public void yieldFire(DueFire fire, Instant takeAt) {
        withLock(() -> yielded.put(fire, takeAt));
    }

    /** Cluster mode, the lease lost: the delayed runs and yielded fires are forgotten (they are the takeover's now). */
    public void forgetDelayed() {
        withLock(() -> {
            delayed.clear();
            yielded.clear();
        });
    }

    public boolean cancelDelayed(long runId) {
        lock.lock();
        try {
            return delayed.remove(runId) != null;
        } finally {
            lock.unlock();
        }
    }

    public Optional<Instant> nextFire(long taskId) {
        lock.lock();
        try {
            return Optional.ofNullable(entries.get(taskId)).map(Entry::next);
        } finally {
            lock.unlock();
        }
    }

    /** While paused nothing fires; fires that fall in the pause are not caught up (resume reschedules from now). */
    public void setPaused(boolean paused) {
        this.paused = paused;
        withLock(() -> { });
    }

    public boolean isPaused() {
        return paused;
    }

    /** One pass: hands over everything due now. Returns the next instant something is due, if any. */
    public Optional<Instant> tick() {
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        List<Long> dueRuns = new ArrayList<>();
        List<DueFire> dueYielded = new ArrayList<>();
        lock.lock();
        try {
            if (!paused) {
                entries.handedOverBy(now).forEach(entry -> due.add(new Due(entry, entries.sharing(entry.next()))));
            }
            delayed.entrySet().removeIf(e -> {
                if (!e.getValue().isAfter(now)) {
                    dueRuns.add(e.getKey());
                    return true;
                }
                return false;
            });
            yielded.entrySet().removeIf(e -> {
                if (!e.getValue().isAfter(now)) {
                    dueYielded.add(e.getKey());
                    return true;
                }
                return false;
            });
        } finally {
            lock.unlock();
        }
        due.sort(java.util.Comparator.comparing(next -> next.entry().next()));
        List<DueFire> onTime = new ArrayList<>();
        for (Due next : due) {
            Entry entry = next.entry();
            try {
                onTime.addAll(handle(entry, now, now.plus(lead(next.sharing()))));
            } catch (RuntimeException e) {
                // a trigger that throws (a stored value out of range) loses its entry, not the pass of the others
                LOG.error("Task '{}' cannot be scheduled any more and is skipped: {}", entry.task().getName(), e.toString());
                withLock(() -> entries.remove(entry.task().getId(), entry));
            }
        }
        onTime.sort(java.util.Comparator.comparing(DueFire::scheduledFor));
        if (!onTime.isEmpty()) {
            safely(() -> target.fireAll(onTime));
        }
        for (long runId : dueRuns) {
            safely(() -> target.startDelayed(runId));
        }
        dueYielded.sort(java.util.Comparator.comparing(DueFire::scheduledFor));
        for (DueFire fire : dueYielded) {
            safely(() -> target.fireYielded(fire));
        }
        return earliest();
    }

    /** A task's fire found due in a pass, with how many fires share its instant. */
    private record Due(Entry entry, int sharing) {
    }

    /** When a fire shared by {@code sharing} tasks is handed over. */
    static Instant handOverAt(Instant fire, int sharing) {
        return fire.minus(lead(sharing));
    }

    /** {@link #LEAD}, and {@link #LEAD_PER_SHARED_FIRE} more for each further fire at the same instant, at most {@link #MAX_LEAD}. */
    static Duration lead(int firesAtTheInstant) {
        Duration lead = LEAD.plus(LEAD_PER_SHARED_FIRE.multipliedBy(Math.max(0, firesAtTheInstant - 1)));
        return lead.compareTo(MAX_LEAD) > 0 ? MAX_LEAD : lead;
    }

    /**
     * Hands over a task's due fires. A single fire up to the misfire threshold late is an ordinary fire. Several late
     * fires (a stall, suspend or restart) or one later than the threshold are handed over together, once, for the
     * misfire policy; a fire still ahead of now (within the lead time) is an ordinary fire after them.
     */
    private List<DueFire> handle(Entry entry, Instant now, Instant horizon) {
        Trigger trigger = entry.trigger();
        java.util.ArrayDeque<Instant> recent = new java.util.ArrayDeque<>();
        List<Instant> onTime = new ArrayList<>();
        Instant first = null;
        Instant dropped = null;
        long late = 0;
        int scanned = 0;
        Instant next = entry.next();
        while (next != null && !next.isAfter(horizon) && scanned++ < MAX_MISSED_SCAN) {
            if (next.isAfter(now)) {
                onTime.add(next);
            } else {
                late++;
                first = first == null ? next : first;
                recent.addLast(next);
                if (recent.size() > missedKept) {
                    dropped = recent.removeFirst();
                }
            }
            next = trigger.nextFireAfter(next).orElse(null);
        }
        if (next != null && !next.isAfter(horizon)) { // the scan's bound: what is older than now is not counted
            next = trigger.nextFireAfter(now).orElse(null);
        }
        if (late == 1 && Duration.between(first, now).compareTo(MISFIRE_THRESHOLD) <= 0) {
            onTime.addFirst(first);
        } else if (late > 0) {
            LateFires lateFires = new LateFires(first, List.copyOf(recent), dropped, late);
            boolean onTimeFollows = !onTime.isEmpty();
            safely(() -> target.misfire(entry.task(), trigger, lateFires, onTimeFollows));
        }
        Instant following = next;
        withLock(() -> {
            Entry current = entries.get(entry.task().getId());
            if (current == entry) { // not rescheduled meanwhile
                if (following == null) {
                    entries.remove(entry.task().getId());
                } else {
                    entries.put(new Entry(entry.task(), entry.trigger(), following));
                }
            }
        });
        return onTime.stream().map(fire -> new DueFire(entry.task(), trigger, fire)).toList();
    }

    private Optional<Instant> earliest() {
        lock.lock();
        try {
            Optional<Instant> fires = paused ? Optional.empty() : entries.earliestFire();
            Optional<Instant> runs = java.util.stream.Stream.concat(delayed.values().stream(), yielded.values().stream())
                    .min(Instant::compareTo);
            if (fires.isEmpty()) {
                return runs;
            }
            return runs.isEmpty() || fires.get().isBefore(runs.get()) ? fires : runs;
        } finally {
            lock.unlock();
        }
    }

    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("kumo-scheduler").daemon().start(this::loop);
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                pass();
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                failures++;
                Duration delay = backoff(failures);
                LOG.error("Scheduler pass failed ({} in a row); next pass in {} ms", failures, delay.toMillis(), e); // the loop must not die
                try {
                    failureWait.await(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One tick, then a wait until the next thing is due (at most {@link #REARM}) or the schedule changes. */
    private void pass() throws InterruptedException {
        Optional<Instant> next = tick();
        lock.lock();
        try {
            if (!running) {
                return;
            }
            long waitNanos = REARM.toNanos();
            Optional<Instant> wake = paused || entries.isEmpty() ? next.map(instant -> instant.minus(LEAD)) : nextHandOver();
            if (wake.isPresent()) {
                waitNanos = Math.min(waitNanos, Duration.between(clock.instant(), wake.get()).toNanos());
            }
            if (waitNanos > 0) {
                changed.awaitNanos(waitNanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The earliest moment a fire or delayed run is to be handed over (the caller holds the lock; not paused, entries). */
    private Optional<Instant> nextHandOver() {
        Instant earliest = entries.earliestHandOver().orElseThrow();
        for (Instant run : delayed.values()) {
            earliest = run.minus(LEAD).isBefore(earliest) ? run.minus(LEAD) : earliest;
        }
        for (Instant fire : yielded.values()) {
            earliest = fire.isBefore(earliest) ? fire : earliest;
        }
        return Optional.of(earliest);
    }

    /** 1 s after the first failure in a row, doubling, at most {@link #REARM}. */
    static Duration backoff(int failuresInARow) {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(failuresInARow - 1, 16));
        return delay.compareTo(REARM) > 0 ? REARM : delay;
    }

    private void awaitChange(Duration delay) throws InterruptedException {
        lock.lock();
        try {
            if (running) {
                changed.awaitNanos(delay.toNanos());
            }
        } finally {
            lock.unlock();
        }
    }

    public void stop() {
        running = false;
        withLock(() -> { });
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void withLock(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Handing over a fire failed", e);
        }
    }
}
