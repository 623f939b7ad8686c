package io.kumo.schedule.cron;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The five time fields of a crontab line, with their ranges and the names crontab(5) accepts. */
enum CronField {
    MINUTE("minute", 0, 59, List.of(), ""),
    HOUR("hour", 0, 23, List.of(), ""),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of(), ""),
    MONTH("month", 1, 12,
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), "month name"),
    // 7 is a second Sunday; it has no name of its own, so "sun" always means 0.
    DAY_OF_WEEK("day-of-week", 0, 7, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"), "day name");

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;
    private final String nameKind;

    CronField(String label, int min, int max, List<String> names, String nameKind) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
        this.nameKind = nameKind;
    }

    String label() {
        return label;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** "month name" or "day name", for error messages. */
    String nameKind() {
        return nameKind;
    }

    /** The value of a three-letter name such as "Mon" or "JAN", case-insensitive. */
    OptionalInt valueOfName(String name) {
        int index = names.indexOf(name.toLowerCase(Locale.ROOT));
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(min + index);
    }
}
