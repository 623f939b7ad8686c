package io.kumo.alerts.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One timer per running run and channel whose rule watches for long runs: the run's end cancels them. */
final class LongRunWatch {

    private final AlertTimers timers;
    private final Map<Long, List<Runnable>> watched = new HashMap<>();

    LongRunWatch(AlertTimers timers) {
        this.timers = timers;
    }

    /** Runs {@code check} at {@code at} unless the run ends first. */
    synchronized void watch(long runId, Instant at, Runnable check) {
        watched.computeIfAbsent(runId, id -> new ArrayList<>()).add(timers.at(at, check));
    }

    /** The run ended: its timers go. */
    synchronized void ended(long runId) {
        List<Runnable> cancels = watched.remove(runId);
        if (cancels != null) {
            cancels.forEach(Runnable::run);
        }
    }

    synchronized boolean watches(long runId) {
        return watched.containsKey(runId);
    }
}
