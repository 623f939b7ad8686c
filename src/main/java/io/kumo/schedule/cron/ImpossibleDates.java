package io.kumo.schedule.cron;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Finds schedules that crontab accepts but that never fire, such as {@code 0 0 30 2 *} (there is no 30 February).
 * cronie takes them silently; Kumo takes them too, with a warning. Every date of one 28-year cycle (2001-2028: each
 * weekday on each date, leap years included) is tried, so a schedule that fires at all fires within it.
 */
final class ImpossibleDates {

    private static final LocalDate CYCLE_START = LocalDate.of(2001, 1, 1);
    private static final LocalDate CYCLE_END = LocalDate.of(2029, 1, 1);

    private ImpossibleDates() {
    }

    /** Empty when some date matches; else a warning naming the dates asked for, e.g. "(Feb 30)". */
    static Optional<String> warning(CronSchedule schedule) {
        for (LocalDate date = CYCLE_START; date.isBefore(CYCLE_END); date = date.plusDays(1)) {
            if (schedule.matchesDate(date)) {
                return Optional.empty();
            }
        }
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            if (schedule.month().contains(month.getValue())) {
                months.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
        }
        List<String> days = IntStream.rangeClosed(1, 31).filter(schedule.dayOfMonth()::contains).mapToObj(Integer::toString).toList();
        return Optional.of("this schedule never fires (" + String.join("/", months) + " " + String.join(",", days) + ")");
    }
}
