package io.kumo.schedule;

import io.kumo.domain.TriggerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Every {@code every}, counted from {@code anchor}: fires at anchor + k·every. */
public record IntervalTrigger(Duration every, Instant anchor) implements Trigger {

    public IntervalTrigger {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }

    @Override
    public Optional<Instant> nextFireAfter(Instant after) {
        if (after.isBefore(anchor)) {
            return Optional.of(anchor);
        }
        long everyMillis = every.toMillis();
        long elapsed = after.toEpochMilli() - anchor.toEpochMilli();
        long periods = elapsed / everyMillis + 1;
        return Optional.of(anchor.plusMillis(periods * everyMillis));
    }

    @Override
    public TriggerKind kind() {
        return TriggerKind.INTERVAL;
    }

    @Override
    public String describe() {
        return "Every " + Durations.format(every);
    }
}
