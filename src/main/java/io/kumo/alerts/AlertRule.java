package io.kumo.alerts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * When one channel is told about runs in a scope. An empty {@code events} set mutes the scope.
 *
 * @param scopeId        the project, task or workflow id; null for {@link RuleScope#ALL}
 * @param longRunOver    {@link EventKind#LONG_RUN}: a fixed limit, or null
 * @param longRunP95     {@link EventKind#LONG_RUN}: over the 95th percentile of the last 30 successful runs
 * @param failuresInRow  {@link EventKind#FAILURES_IN_ROW}: how many bad outcomes in a row (≥ 2), else 0
 */
public record AlertRule(Long id, long channelId, RuleScope scope, Long scopeId, Set<EventKind> events,
                        Duration longRunOver, boolean longRunP95, int failuresInRow) {

    public AlertRule {
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    /** The rule a new channel gets: failures, time-outs and recoveries of every task and workflow. */
    public static AlertRule defaultFor(long channelId) {
        return new AlertRule(null, channelId, RuleScope.ALL, null, EventKind.DEFAULTS, null, false, 0);
    }
}
