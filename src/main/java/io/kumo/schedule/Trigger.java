package io.kumo.schedule;

import io.kumo.domain.TriggerKind;
import java.time.Instant;
import java.util.Optional;

/** When a task fires. */
public sealed interface Trigger permits CronTrigger, IntervalTrigger, OnceTrigger {

    /** The first fire strictly after {@code after}; empty when there is none (a one-shot that passed). */
    Optional<Instant> nextFireAfter(Instant after);

    TriggerKind kind();

    String describe();
}
