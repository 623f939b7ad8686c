package io.kumo.alerts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.kumo.common.ValidationException;

/**
 * A daily window ({@code 22:00–07:00}, over midnight too) in a zone when a channel holds its messages; they go in one
 * digest when it ends. {@code from == to} means no quiet hours. Each day's window runs from that day's {@code from}
 * to the next {@code to} as real instants, so a daylight-saving change neither reopens it (the repeated autumn hour)
 * nor stretches it (a window that falls into the skipped spring hour is empty that day).
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public QuietHours {
        if (from == null || to == null || zone == null) {
            throw new IllegalArgumentException("quiet hours need a start, an end and a zone");
        }
    }

    /** Quiet hours from the words a user typed ("22:00", "07:00", "Europe/Berlin"); a one-line message when one is wrong. */
    public static QuietHours parse(String from, String to, String zone) {
        return new QuietHours(time("start", from), time("end", to), zone(zone));
    }

    public boolean isQuiet(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            Optional<Window> window = windowOf(day);
            if (window.isPresent() && window.get().contains(now)) {
                return true;
            }
        }
        return false;
    }

    /** The next end of the window after {@code now} (when held messages go); {@code now} when there is no window. */
    public Instant endAfter(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
            Optional<Window> window = windowOf(day);
            if (window.isPresent() && window.get().end().isAfter(now)) {
                return window.get().end();
            }
        }
        return now;
    }

    /** The window that opens on {@code day}; empty when there are no quiet hours or the day's clock change swallows it. */
    private Optional<Window> windowOf(LocalDate day) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        Instant start = ZonedDateTime.of(day, from, zone).toInstant();
        Instant end = ZonedDateTime.of(from.isBefore(to) ? day : day.plusDays(1), to, zone).toInstant();
        return end.isAfter(start) ? Optional.of(new Window(start, end)) : Optional.empty();
    }

    private record Window(Instant start, Instant end) {
        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    private static LocalTime time(String what, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("Quiet hours " + what + " '" + (text == null ? "" : text.strip())
                    + "' is not a time; write it like 22:00");
        }
    }

    private static ZoneId zone(String text) {
        String name = text == null ? "" : text.strip();
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ValidationException("Unknown time zone '" + name + "'; write one like Europe/Berlin or UTC");
        }
    }
}
