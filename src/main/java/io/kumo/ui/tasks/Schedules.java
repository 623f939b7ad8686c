package io.kumo.ui.tasks;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.project.Tags;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each task's trigger and its words, and its tags, read once per distinct stored value: the table refreshes every
 * half second while runs change, and parsing and describing 10,000 cron expressions each time was most of a refresh.
 * Triggers are immutable, so a schedule read for one task serves every task (and every refresh) with the same fields.
 */
final class Schedules {

    /** A task's trigger (empty when manual or unreadable), in words, and whether it can be scheduled. */
    record Schedule(Optional<Trigger> trigger, String words, boolean valid) {
    }

    private record Key(TriggerType type, String cron, Long everySeconds, Instant anchor, Instant at, String zone) {
    }

    /** Beyond this many distinct values (tasks edited over a long session) the caches start again. */
    private static final int LIMIT = 50_000;

    private final Map<Key, Schedule> schedules = new ConcurrentHashMap<>();
    private final Map<String, List<String>> tags = new ConcurrentHashMap<>();

    Schedule of(Task task) {
        if (schedules.size() > LIMIT) {
            schedules.clear();
        }
        Key key = new Key(task.getTriggerType(), task.getCronExpression(), task.getIntervalSeconds(), task.getAnchorAt(),
                task.getRunAt(), task.getTimeZone());
        return schedules.computeIfAbsent(key, unused -> read(task));
    }

    List<String> tags(Task task) {
        if (task.getTags() == null) {
            return List.of();
        }
        if (tags.size() > LIMIT) {
            tags.clear();
        }
        return tags.computeIfAbsent(task.getTags(), text -> List.copyOf(Tags.parse(text)));
    }

    static Schedule read(Task task) {
        try {
            Optional<Trigger> trigger = Triggers.of(task);
            return new Schedule(trigger, trigger.map(Trigger::describe).orElse("Manual only"), true);
        } catch (ValidationException e) {
            return new Schedule(Optional.empty(), "Cannot be scheduled: " + e.getMessage(), false);
        }
    }
}
