package io.kumo.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The local days of a period, with their boundaries computed in the zone (a day across a daylight-saving change is
 * 23 or 25 hours long), and the SQL that puts a run in its day: a CASE nested as a binary search over the boundaries,
 * so a year of days costs each row about nine comparisons, not hundreds.
 */
final class DayBuckets {

    private final List<LocalDate> days = new ArrayList<>();
    /** starts.get(i) is the first millisecond of days.get(i). */
    private final List<Long> starts = new ArrayList<>();

    DayBuckets(Instant from, Instant to, ZoneId zone) {
        LocalDate last = LocalDate.ofInstant(to.minusMillis(1), zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
            starts.add(day.atStartOfDay(zone).toInstant().toEpochMilli());
        }
    }

    List<LocalDate> days() {
        return List.copyOf(days);
    }

    /** An expression giving the index into {@link #days()} of the day holding {@code scheduled_for}. */
    String indexOfScheduledFor() {
        return index(0, days.size() - 1);
    }

    private String index(int low, int high) {
        if (low == high) {
            return String.valueOf(low);
        }
        int middle = (low + high + 1) / 2;
        return "CASE WHEN scheduled_for < " + starts.get(middle) + " THEN " + index(low, middle - 1) + " ELSE "
                + index(middle, high) + " END";
    }
}
