package io.kumo.alerts;

import java.time.Duration;

/**
 * One thing a channel is told: what happened to which run.
 *
 * @param threshold for {@link EventKind#LONG_RUN}: the duration it ran over; else null
 * @param streak    for {@link EventKind#FAILURES_IN_ROW}: how many failures in a row; else 0
 */
public record AlertEvent(EventKind kind, RunFacts facts, Duration threshold, int streak) {

    public static AlertEvent of(EventKind kind, RunFacts facts) {
        return new AlertEvent(kind, facts, null, 0);
    }
}
