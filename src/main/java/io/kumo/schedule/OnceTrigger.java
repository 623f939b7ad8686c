package io.kumo.schedule;

import io.kumo.domain.TriggerKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Fires once at {@code at}. */
public record OnceTrigger(Instant at) implements Trigger {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Override
    public Optional<Instant> nextFireAfter(Instant after) {
        return after.isBefore(at) ? Optional.of(at) : Optional.empty();
    }

    @Override
    public TriggerKind kind() {
        return TriggerKind.ONCE;
    }

    @Override
    public String describe() {
        return "Once at " + FORMAT.format(at.atZone(ZoneId.systemDefault()));
    }
}
