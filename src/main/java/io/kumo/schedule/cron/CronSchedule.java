package io.kumo.schedule.cron;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The five parsed fields of an expression and the wall-clock times they match. */
record CronSchedule(ParsedField minute, ParsedField hour, ParsedField dayOfMonth, ParsedField month, ParsedField dayOfWeek) {

    DayRule dayRule() {
        return DayRule.of(dayOfMonth, dayOfWeek);
    }

    /** A job whose minute and hour fields are both restricted; cron(8) treats these differently around DST jumps. */
    boolean isFixedTime() {
        return !minute.startsWithStar() && !hour.startsWithStar();
    }

    boolean matchesDate(LocalDate date) {
        int dayOfWeekValue = date.getDayOfWeek().getValue() % 7; // java's Sunday is 7, cron's is 0 (and 7)
        return month.contains(date.getMonthValue())
                && dayRule().holds(dayOfMonth.contains(date.getDayOfMonth()), dayOfWeek.contains(dayOfWeekValue));
    }

    boolean matches(LocalDateTime time) {
        return matchesDate(time.toLocalDate()) && hour.contains(time.getHour()) && minute.contains(time.getMinute());
    }
}
