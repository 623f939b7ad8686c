package io.kumo.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which events one channel's rules give for a run. Pure. Contract stub: the `rules` engineer fills the bodies. */
public final class AlertRules {

    private AlertRules() {
    }

    /** The rule of a channel that covers a run: the most specific wins (task or workflow, then project, then all). */
    public static Optional<AlertRule> ruleFor(RunFacts facts, List<AlertRule> channelRules) {
        throw new UnsupportedOperationException();
    }

    /**
     * The events an ended (or missed) run gives one channel: failure/time-out (only when no retry follows: the caller
     * passes only final outcomes), recovery (good after bad), success, missed, N failures in a row (once, when the
     * streak reaches N). Long runs are decided while the run runs ({@link #longRunThreshold}).
     */
    public static List<AlertEvent> decide(RunFacts facts, HistoryFacts history, List<AlertRule> channelRules) {
        throw new UnsupportedOperationException();
    }

    /** The duration past which a run of this rule's scope is "long": the fixed limit, else the p95 when there are enough runs. */
    public static Optional<Duration> longRunThreshold(AlertRule rule, List<Duration> recentSuccesses) {
        throw new UnsupportedOperationException();
    }
}
