package io.kumo.ui.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the task table, its editor and the workflow list write them: "in 5 min", "3 h ago", "14:05",
 * "Mon 2026-03-02 06:00".
 */
public final class TimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FIRE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private TimeText() {
    }

    /** "in 45 s", "in 5 min", "in 3 h", "in 2 d", "5 min ago", "just now". */
    public static String relative(Instant time, Instant now) {
        long seconds = Duration.between(now, time).toSeconds();
        long size = Math.abs(seconds);
        if (size < 5) {
            return "just now";
        }
        String amount;
        if (size < 60) {
            amount = size + " s";
        } else if (size < 3600) {
            amount = size / 60 + " min";
        } else if (size < 86_400) {
            amount = size / 3600 + " h";
        } else {
            amount = size / 86_400 + " d";
        }
        return seconds > 0 ? "in " + amount : amount + " ago";
    }

    /** "14:05" (today), "tomorrow 06:00", "yesterday 23:10", "Fri 06:00" (this week), else "2026-03-02 06:00". */
    static String absolute(Instant time, Instant now, ZoneId zone) {
        ZonedDateTime at = time.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return TIME.format(at);
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow " + TIME.format(at);
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(at);
        }
        if (day.isAfter(today) && day.isBefore(today.plusDays(7))) {
            return WEEKDAY_TIME.format(at);
        }
        return DATE_TIME.format(at);
    }

    /** "in 5 min · 14:05". */
    static String both(Instant time, Instant now, ZoneId zone) {
        return relative(time, now) + " · " + absolute(time, now, zone);
    }

    /** A fire time in the task's zone, with the weekday: "Mon 2026-03-02 06:00". */
    static String fire(Instant time, ZoneId zone) {
        return FIRE.format(time.atZone(zone));
    }
}
