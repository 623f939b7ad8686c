package io.kumo.schedule;

import io.kumo.domain.TriggerKind;
import io.kumo.schedule.cron.CronExpression;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A crontab schedule in a time zone. {@code @reboot} has no fire times: the engine runs it when it starts. */
public record CronTrigger(CronExpression expression, ZoneId zone) implements Trigger {

    @Override
    public Optional<Instant> nextFireAfter(Instant after) {
        return expression.nextFireAfter(after, zone);
    }

    public boolean isReboot() {
        return expression.isReboot();
    }

    @Override
    public TriggerKind kind() {
        return TriggerKind.CRON;
    }

    @Override
    public String describe() {
        return expression.describe();
    }
}
