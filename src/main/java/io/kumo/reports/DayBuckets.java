package io.kumo.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The local days of a period, with their boundaries computed in the zone (a day across a daylight-saving change is
 * 23 or 25 hours long).
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

    int size() {
        return days.size();
    }

    /** The first millisecond of the day at {@code index}. */
    long start(int index) {
        return starts.get(index);
    }
}
