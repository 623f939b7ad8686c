package io.kumo.schedule.cron;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Finds matching wall-clock minutes, ignoring time zones. It jumps straight to the next allowed month, day, hour
 * and minute instead of trying every minute.
 */
final class LocalMatchScanner {

    private final CronSchedule schedule;

    LocalMatchScanner(CronSchedule schedule) {
        this.schedule = schedule;
    }

    /** The first matching minute at or after {@code from} and not after {@code limit}. */
    Optional<LocalDateTime> firstMatch(LocalDateTime from, LocalDateTime limit) {
        LocalDateTime time = ceilingToMinute(from);
        while (!time.isAfter(limit)) {
            if (!schedule.month().contains(time.getMonthValue())) {
                time = startOfNextAllowedMonth(time.toLocalDate());
            } else if (!schedule.matchesDate(time.toLocalDate())) {
                time = startOfNextDay(time);
            } else if (!schedule.hour().contains(time.getHour())) {
                int hour = schedule.hour().nextAtOrAfter(time.getHour());
                time = hour < 0 ? startOfNextDay(time) : time.toLocalDate().atTime(hour, 0);
            } else {
                int minute = schedule.minute().nextAtOrAfter(time.getMinute());
                if (minute >= 0) {
                    LocalDateTime match = time.withMinute(minute);
                    return match.isAfter(limit) ? Optional.empty() : Optional.of(match);
                }
                time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            }
        }
        return Optional.empty();
    }

    private LocalDateTime startOfNextAllowedMonth(LocalDate date) {
        int month = schedule.month().nextAtOrAfter(date.getMonthValue());
        LocalDate first = month < 0
                ? LocalDate.of(date.getYear() + 1, schedule.month().first(), 1)
                : LocalDate.of(date.getYear(), month, 1);
        return first.atStartOfDay();
    }

    private static LocalDateTime startOfNextDay(LocalDateTime time) {
        return time.toLocalDate().plusDays(1).atStartOfDay();
    }

    private static LocalDateTime ceilingToMinute(LocalDateTime time) {
        LocalDateTime floor = time.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(time) ? floor : floor.plusMinutes(1);
    }
}
