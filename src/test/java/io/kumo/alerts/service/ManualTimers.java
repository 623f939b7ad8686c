package io.kumo.alerts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers that run only when the test says, in time order, up to the clock's now. */
final class ManualTimers implements AlertTimers {

    private record Due(Instant at, Runnable task, long order) {
    }

    private final Clock clock;
    private final List<Due> due = new ArrayList<>();
    private long count;

    ManualTimers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Runnable at(Instant at, Runnable task) {
        Due timer = new Due(at, task, count++);
        due.add(timer);
        return () -> cancel(timer);
    }

    private synchronized void cancel(Due timer) {
        due.remove(timer);
    }

    synchronized int pending() {
        return due.size();
    }

    /** Runs every timer due by the clock's now (and those they set that are due too), on the caller's thread. */
    void runDue() {
        while (true) {
            Due next;
            synchronized (this) {
                next = due.stream().filter(timer -> !timer.at().isAfter(clock.instant()))
                        .min(Comparator.comparing(Due::at).thenComparing(Due::order)).orElse(null);
                if (next == null) {
                    return;
                }
                due.remove(next);
            }
            next.task().run();
        }
    }

    @Override
    public void close() {
    }
}
