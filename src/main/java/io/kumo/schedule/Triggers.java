package io.kumo.schedule;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.schedule.cron.CronExpression;
import io.kumo.schedule.cron.CronParseException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** Builds a task's trigger from its stored fields; a MANUAL task has none. */
public final class Triggers {

    private Triggers() {
    }

    public static Optional<Trigger> of(Task task) {
        return switch (task.getTriggerType()) {
            case MANUAL -> Optional.empty();
            case CRON -> Optional.of(new CronTrigger(cron(task.getCronExpression(), CronExpression::parseStored),
                    zone(task.getTimeZone())));
            case INTERVAL -> {
                if (task.getIntervalSeconds() == null || task.getIntervalSeconds() <= 0) {
                    throw new ValidationException("interval: must be more than 0 seconds");
                }
                if (task.getAnchorAt() == null) {
                    throw new ValidationException("interval: the task has no anchor instant");
                }
                yield Optional.of(new IntervalTrigger(Duration.ofSeconds(task.getIntervalSeconds()), task.getAnchorAt()));
            }
            case ONCE -> {
                if (task.getRunAt() == null) {
                    throw new ValidationException("at: a one-shot task needs a date and time");
                }
                yield Optional.of(new OnceTrigger(task.getRunAt()));
            }
        };
    }

    /** A schedule as typed: crontab(5)'s rules, macros in lower case. */
    public static CronExpression cron(String text) {
        return cron(text, CronExpression::parse);
    }

    private static CronExpression cron(String text, Function<String, CronExpression> parser) {
        try {
            return parser.apply(text == null ? "" : text);
        } catch (CronParseException e) {
            throw new ValidationException("cron: " + e.getMessage());
        }
    }

    /** Null or blank means the system zone. */
    public static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new ValidationException("zone: '" + id + "' is not a time zone (e.g. Europe/Berlin, UTC)");
        }
    }
}
