package io.kumo.service;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each distinct stored schedule's trigger and its words, read once for a listing: 10,000 tasks share a few hundred cron
 * schedules, and parsing and describing each task's own copy was a quarter of {@code kumo task list}. Triggers are
 * immutable, so one read serves every task with the same schedule fields (and {@link NextRuns.Listing} computes each
 * shared trigger's next fire once). Thread-safe: a running instance keeps one for all its listings (a forwarded
 * {@code kumo task list} parsed and described every schedule again, a third of the instance's work per listing); it
 * forgets everything when it holds more than its limit of readings (schedules edited away stay in it until then).
 */
public final class StoredSchedules {

    /** A task's trigger (empty when manual) and its words (null when manual). */
    public record Reading(Optional<Trigger> trigger, String words) {
    }

    private record Key(TriggerType type, String cron, Long everySeconds, Instant anchor, Instant at, String zone) {
    }

    /** Enough for the schedules of 10,000 tasks several times over. */
    private static final int DEFAULT_LIMIT = 50_000;

    private final Map<Key, Reading> readings = new ConcurrentHashMap<>();
    private final int limit;

    public StoredSchedules() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit the readings held before all are forgotten */
    public StoredSchedules(int limit) {
        this.limit = limit;
    }

    /** As {@link Triggers#of(Task)}: a stored schedule that cannot be read throws its {@code ValidationException}. */
    public Reading of(Task task) {
        Key key = new Key(task.getTriggerType(), task.getCronExpression(), task.getIntervalSeconds(), task.getAnchorAt(),
                task.getRunAt(), task.getTimeZone());
        Reading reading = readings.get(key);
        if (reading == null) {
            Optional<Trigger> trigger = Triggers.of(task);
            reading = new Reading(trigger, trigger.map(Trigger::describe).orElse(null));
            if (readings.size() >= limit) {
                readings.clear();
            }
            readings.put(key, reading);
        }
        return reading;
    }
}
