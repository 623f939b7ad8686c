package io.kumo.schedule.cron;

/** A cron expression that crontab would reject; the message names the field and the broken rule. */
public final class CronParseException extends IllegalArgumentException {

    public CronParseException(String message) {
        super(message);
    }

    static CronParseException inField(CronField field, String rule) {
        return new CronParseException(field.label() + ": " + rule);
    }
}
