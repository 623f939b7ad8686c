package io.kumo.engine;

import io.kumo.domain.Task;
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
    static final int MAX_MISSED_SCAN = 100_000;

    /** What the scheduler hands over. */
    public interface Target {
        void fire(Task task, Trigger trigger, Instant scheduledFor);

        /** Fires found late; {@code recent} holds the newest ones (at most a bound), {@code total} counts all. */
        void misfire(Task task, Trigger trigger, List<Instant> recent, long total);

        void startDelayed(long runId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FireScheduler.class);

    private record Entry(Task task, Trigger trigger, Instant next) {
    }

    private final Clock clock;
    private final Target target;
    private final int missedKept;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Map<Long, Instant> delayed = new HashMap<>();
    private volatile boolean paused;
    private volatile boolean running;
    private Thread thread;

    public FireScheduler(Clock clock, Target target, int missedKept) {
        this.clock = clock;
        this.target = target;
        this.missedKept = missedKept;
    }

    /** Schedules (or reschedules) a task's fires strictly after {@code after}. */
    public void schedule(Task task, Trigger trigger, Instant after) {
        Optional<Instant> next = trigger.nextFireAfter(after);
        withLock(() -> {
            if (next.isPresent()) {
                entries.put(task.getId(), new Entry(task, trigger, next.get()));
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
        Instant horizon = now.plus(LEAD);
        List<Entry> due = new ArrayList<>();
        List<Long> dueRuns = new ArrayList<>();
        lock.lock();
        try {
            if (!paused) {
                entries.values().stream().filter(e -> !e.next().isAfter(horizon)).forEach(due::add);
            }
            delayed.entrySet().removeIf(e -> {
                if (!e.getValue().isAfter(now)) {
                    dueRuns.add(e.getKey());
                    return true;
                }
                return false;
            });
        } finally {
            lock.unlock();
        }
        due.sort(java.util.Comparator.comparing(Entry::next));
        for (Entry entry : due) {
            try {
                handle(entry, now);
            } catch (RuntimeException e) {
                // a trigger that throws (a stored value out of range) loses its entry, not the pass of the others
                LOG.error("Task '{}' cannot be scheduled any more and is skipped: {}", entry.task().getName(), e.toString());
                withLock(() -> entries.remove(entry.task().getId(), entry));
            }
        }
        for (long runId : dueRuns) {
            safely(() -> target.startDelayed(runId));
        }
        return earliest();
    }

    private void handle(Entry entry, Instant now) {
        Instant next = entry.next();
        if (Duration.between(next, now).compareTo(MISFIRE_THRESHOLD) <= 0) {
            Instant horizon = now.plus(LEAD);
            while (next != null && !next.isAfter(horizon)) {
                Instant fire = next;
                safely(() -> target.fire(entry.task(), entry.trigger(), fire));
                next = entry.trigger().nextFireAfter(fire).orElse(null);
            }
        } else {
            java.util.ArrayDeque<Instant> recent = new java.util.ArrayDeque<>();
            long total = 0;
            Instant missed = next;
            while (missed != null && !missed.isAfter(now) && total < MAX_MISSED_SCAN) {
                total++;
                recent.addLast(missed);
                if (recent.size() > missedKept) {
                    recent.removeFirst();
                }
                missed = entry.trigger().nextFireAfter(missed).orElse(null);
            }
            long count = total;
            safely(() -> target.misfire(entry.task(), entry.trigger(), List.copyOf(recent), count));
            next = entry.trigger().nextFireAfter(now).orElse(null);
        }
        Instant following = next;
        withLock(() -> {
            Entry current = entries.get(entry.task().getId());
            if (current == entry) { // not rescheduled meanwhile
                if (following == null) {
                    entries.remove(entry.task().getId());
                } else {
                    entries.put(entry.task().getId(), new Entry(entry.task(), entry.trigger(), following));
                }
            }
        });
    }

    private Optional<Instant> earliest() {
        lock.lock();
        try {
            Optional<Instant> fires = paused ? Optional.empty()
                    : entries.values().stream().map(Entry::next).min(Instant::compareTo);
            Optional<Instant> runs = delayed.values().stream().min(Instant::compareTo);
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
        while (running) {
            try {
                Optional<Instant> next = tick();
                lock.lock();
                try {
                    if (!running) {
                        break;
                    }
                    long waitNanos = REARM.toNanos();
                    if (next.isPresent()) {
                        waitNanos = Math.min(waitNanos, Duration.between(clock.instant(), next.get().minus(LEAD)).toNanos());
                    }
                    if (waitNanos > 0) {
                        changed.awaitNanos(waitNanos);
                    }
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("Scheduler pass failed; continuing", e); // the loop must not die
            }
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
