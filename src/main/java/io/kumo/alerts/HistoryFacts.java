package io.kumo.alerts;

import java.time.Duration;
import java.util.List;

/**
 * What rules need from the run's history, read by the dispatcher off the engine's threads.
 *
 * @param previousOutcome the status of the task's (workflow's) outcome before this run, or null when none
 * @param badInRow        bad outcomes in a row ending with this run (0 when this run is not bad)
 * @param recentSuccesses durations of the last (up to 30) successful runs, newest first
 */
public record HistoryFacts(String previousOutcome, int badInRow, List<Duration> recentSuccesses) {

    public HistoryFacts {
        recentSuccesses = List.copyOf(recentSuccesses);
    }

    public static final HistoryFacts NONE = new HistoryFacts(null, 0, List.of());
}
