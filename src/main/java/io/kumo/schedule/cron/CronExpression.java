package io.kumo.schedule.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Unix cron expression with the semantics of Vixie cron / cronie: five fields or an {@code @} macro, the
 * day-of-month / day-of-week OR rule, and cron(8)'s behaviour around daylight-saving jumps.
 */
public final class CronExpression {

    private final String text;
    private final Optional<CronSchedule> schedule;

    private CronExpression(String text, Optional<CronSchedule> schedule) {
        this.text = text;
        this.schedule = schedule;
    }

    /** @throws CronParseException when crontab would reject the expression */
    public static CronExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        return new CronExpression(trimmed, CronParser.parse(trimmed));
    }

    /**
     * An expression as a task holds it. An older Kumo took macros in any case ({@code @DAILY}); such a task keeps its
     * schedule, read as the lower-case macro. What a user types goes through {@link #parse}, which refuses it.
     */
    public static CronExpression parseStored(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        return parse(CronMacro.lowerCaseOf(trimmed).orElse(trimmed));
    }

    /** The expression as given, trimmed. */
    public String text() {
        return text;
    }

    /** {@code @reboot}: runs when Kumo starts and has no fire times. */
    public boolean isReboot() {
        return schedule.isEmpty();
    }

    /** Neither the minute nor the hour field starts with '*'; false for {@code @reboot}. */
    public boolean isFixedTime() {
        return schedule.map(CronSchedule::isFixedTime).orElse(false);
    }

    /** Next fire strictly after {@code after}, in {@code zone}; empty for @reboot or when nothing matches within 5 years. */
    public Optional<Instant> nextFireAfter(Instant after, ZoneId zone) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(zone, "zone");
        return schedule.flatMap(s -> new NextFireFinder(s).nextFireAfter(after, zone));
    }

    /** Up to {@code count} consecutive fire instants after {@code after}, strictly increasing. */
    public List<Instant> nextFires(Instant after, ZoneId zone, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(zone, "zone");
        if (schedule.isEmpty()) {
            return List.of();
        }
        NextFireFinder finder = new NextFireFinder(schedule.get());
        List<Instant> fires = new ArrayList<>();
        Optional<Instant> next = count == 0 ? Optional.empty() : finder.nextFireAfter(after, zone);
        while (next.isPresent()) {
            fires.add(next.get());
            next = fires.size() < count ? finder.nextFireAfter(next.get(), zone) : Optional.empty();
        }
        return List.copyOf(fires);
    }

    /**
     * A warning for a schedule that crontab accepts but that never fires, such as "this schedule never fires (Feb 30)"
     * for {@code 0 0 30 2 *}; empty when it fires (and for {@code @reboot}).
     */
    public Optional<String> warning() {
        return schedule.flatMap(ImpossibleDates::warning);
    }

    /** A human description in English, e.g. "At 04:30 on day 1 and 15 of the month, and on Friday". */
    public String describe() {
        return schedule.map(CronDescriber::describe).orElse(CronDescriber.REBOOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
