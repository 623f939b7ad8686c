package io.kumo.service;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each distinct stored schedule's trigger and its words, read once for a listing: 10,000 tasks share a few hundred cron
 * schedules, and parsing and describing each task's own copy was a quarter of {@code kumo task list}. Triggers are
 * immutable, so one read serves every task with the same schedule fields (and {@link NextRuns.Listing} computes each
 * shared trigger's next fire once). Not thread-safe: one per listing.
 */
public final class StoredSchedules {

    /** A task's trigger (empty when manual) and its words (null when manual). */
    public record Reading(Optional<Trigger> trigger, String words) {
    }

    private record Key(TriggerType type, String cron, Long everySeconds, Instant anchor, Instant at, String zone) {
    }

    private final Map<Key, Reading> readings = new HashMap<>();

    /** As {@link Triggers#of(Task)}: a stored schedule that cannot be read throws its {@code ValidationException}. */
    public Reading of(Task task) {
        Key key = new Key(task.getTriggerType(), task.getCronExpression(), task.getIntervalSeconds(), task.getAnchorAt(),
                task.getRunAt(), task.getTimeZone());
        Reading reading = readings.get(key);
        if (reading == null) {
            Optional<Trigger> trigger = Triggers.of(task);
            reading = new Reading(trigger, trigger.map(Trigger::describe).orElse(null));
            readings.put(key, reading);
        }
        return reading;
    }
}
