package io.kumo.ui.tasks;

import io.kumo.ui.common.DisplayTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Instants as the task table, its editor and the workflow list write them: "in 5 min", "3 h ago", "14:05",
 * "Mon, Mar 2, 2026, 6:00 AM".
 */
public final class TimeText {

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

    /**
     * In the user's locale: "2:05 PM" (today), "tomorrow 6:00 AM", "yesterday 11:10 PM", "Fri 6:00 AM" (this week),
     * else "Mar 2, 2026, 6:00 AM".
     */
    static String absolute(Instant time, Instant now, ZoneId zone) {
        DisplayTime display = DisplayTime.in(zone);
        ZonedDateTime at = time.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return display.shortTime(time);
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow " + display.shortTime(time);
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + display.shortTime(time);
        }
        if (day.isAfter(today) && day.isBefore(today.plusDays(7))) {
            return display.weekdayTime(time);
        }
        return display.dateTimeMinutes(time);
    }

    /** "in 5 min · 14:05". */
    static String both(Instant time, Instant now, ZoneId zone) {
        return relative(time, now) + " · " + absolute(time, now, zone);
    }

    /** A fire time in the task's zone, with the weekday: "Mon, Mar 2, 2026, 6:00 AM". */
    static String fire(Instant time, ZoneId zone) {
        return DisplayTime.in(zone).weekdayDateTime(time);
    }
}
