package io.kumo.alerts.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One timer per running run and channel whose rule watches for long runs: a repeated start changes nothing, a timer
 * that fired is forgotten, and the run's end (whatever its status) cancels the others.
 */
final class LongRunWatch {

    private record Key(long runId, long channelId) {
    }

    private final AlertTimers timers;
    private final Map<Key, Runnable> watched = new HashMap<>();

    LongRunWatch(AlertTimers timers) {
        this.timers = timers;
    }

    /** Runs {@code check} at {@code at} unless the run ends first; nothing when this run and channel are watched already. */
    synchronized void watch(long runId, long channelId, Instant at, Runnable check) {
        Key key = new Key(runId, channelId);
        if (!watched.containsKey(key)) {
            watched.put(key, timers.at(at, () -> fired(key, check)));
        }
    }

    private void fired(Key key, Runnable check) {
        synchronized (this) {
            if (watched.remove(key) == null) {
                return; // the run ended meanwhile
            }
        }
        check.run();
    }

    /** The run ended: its timers go. */
    synchronized void ended(long runId) {
        watched.entrySet().removeIf(entry -> {
            if (entry.getKey().runId() != runId) {
                return false;
            }
            entry.getValue().run();
            return true;
        });
    }

    /** Whether some channel watches this run (so its end must reach {@link #ended}). */
    synchronized boolean watches(long runId) {
        return watched.keySet().stream().anyMatch(key -> key.runId() == runId);
    }
}
