package io.kumo.schedule.cron;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Describes a schedule in English, in the style of crontab.guru, spelling out whether the day fields are OR-ed or AND-ed. */
final class CronDescriber {

    static final String REBOOT = "When Kumo starts";
    private static final int MAX_LISTED_TIMES = 6;
    private static final int MINUTES_PER_HOUR = 60;

    private CronDescriber() {
    }

    static String describe(CronSchedule schedule) {
        StringBuilder text = new StringBuilder(timePhrase(schedule));
        String days = dayPhrase(schedule);
        if (!days.isEmpty()) {
            text.append(' ').append(days);
        } else if (listsTimesOfDay(schedule)) {
            text.append(" every day");
        }
        if (!schedule.month().coversEveryValue()) {
            text.append(" in ").append(Wording.join(Wording.runs(schedule.month().values(), Wording::monthName), "and"));
        }
        return text.toString();
    }

    private static String timePhrase(CronSchedule schedule) {
        ParsedField minute = schedule.minute();
        ParsedField hour = schedule.hour();
        String hours = hour.coversEveryValue() ? "" : " past " + NumberFieldPhrase.HOUR.describe(hour);
        if (minute.coversEveryValue()) {
            return "Every minute" + hours;
        }
        OptionalInt interval = evenInterval(minute);
        if (interval.isPresent()) {
            return "Every " + interval.getAsInt() + " minutes" + hours;
        }
        if (listsTimesOfDay(schedule)) {
            return "At " + Wording.join(timesOfDay(schedule), "and");
        }
        String minutes = "At " + NumberFieldPhrase.MINUTE.describe(minute);
        return hours.isEmpty() ? minutes + " of every hour" : minutes + hours;
    }

    /** The step of a lone "*&#47;N" (or "0-59/N") minute field when N divides the hour evenly. */
    private static OptionalInt evenInterval(ParsedField minute) {
        if (minute.elements().size() != 1) {
            return OptionalInt.empty();
        }
        FieldElement element = minute.elements().getFirst();
        boolean wholeHour = element.start() == 0 && element.end() == MINUTES_PER_HOUR - 1;
        return wholeHour && element.step() > 1 && MINUTES_PER_HOUR % element.step() == 0
                ? OptionalInt.of(element.step())
                : OptionalInt.empty();
    }

    private static boolean listsTimesOfDay(CronSchedule schedule) {
        return onlySingleValues(schedule.minute()) && onlySingleValues(schedule.hour())
                && schedule.minute().values().size() * schedule.hour().values().size() <= MAX_LISTED_TIMES;
    }

    private static boolean onlySingleValues(ParsedField field) {
        return field.elements().stream().allMatch(FieldElement::isSingleValue);
    }

    private static List<String> timesOfDay(CronSchedule schedule) {
        List<String> times = new ArrayList<>();
        for (int hour : schedule.hour().values()) {
            for (int minute : schedule.minute().values()) {
                times.add(Wording.clockTime(hour, minute));
            }
        }
        return times;
    }

    private static String dayPhrase(CronSchedule schedule) {
        ParsedField dayOfMonth = schedule.dayOfMonth();
        ParsedField dayOfWeek = schedule.dayOfWeek();
        boolean anyDayOfMonth = dayOfMonth.coversEveryValue();
        boolean anyDayOfWeek = dayOfWeek.coversEveryValue();
        String monthDays = "on " + NumberFieldPhrase.DAY.describe(dayOfMonth);
        if (schedule.dayRule() == DayRule.EITHER_MAY_MATCH) {
            return anyDayOfMonth || anyDayOfWeek ? "" : monthDays + ", and on " + weekdays(dayOfWeek, "and");
        }
        if (anyDayOfMonth) {
            return anyDayOfWeek ? "" : "on " + weekdays(dayOfWeek, "and");
        }
        return anyDayOfWeek ? monthDays : monthDays + " if it is " + weekdays(dayOfWeek, "or");
    }

    private static String weekdays(ParsedField dayOfWeek, String conjunction) {
        // 7 is always set together with 0, so naming 0 is enough
        List<Integer> days = dayOfWeek.values().stream().filter(day -> day < 7).toList();
        return Wording.join(Wording.runs(days, Wording::weekdayName), conjunction);
    }
}
