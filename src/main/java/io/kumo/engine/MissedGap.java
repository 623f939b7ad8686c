package io.kumo.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Fires of one task missed in one gap, recorded as one MISSED run: "missed 62 fires between 10:00:10 and 10:08:20". */
public record MissedGap(Instant first, Instant last, long count) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The count and the gap's first and last fire in {@code zone} (the date is shown unless both are on {@code today}). */
    public String describe(ZoneId zone, LocalDate today) {
        ZonedDateTime from = first.atZone(zone);
        ZonedDateTime to = last.atZone(zone);
        boolean todayOnly = from.toLocalDate().equals(today) && to.toLocalDate().equals(today);
        DateTimeFormatter fromFormat = todayOnly ? TIME : DAY_AND_TIME;
        DateTimeFormatter toFormat = todayOnly || from.toLocalDate().equals(to.toLocalDate()) ? TIME : DAY_AND_TIME;
        if (count == 1) {
            return "missed 1 fire at " + fromFormat.format(from);
        }
        return "missed " + count + " fires between " + fromFormat.format(from) + " and " + toFormat.format(to);
    }
}
