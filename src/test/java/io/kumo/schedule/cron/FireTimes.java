package io.kumo.schedule.cron;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Test helpers: fire times of an expression, and instants written with their offset for readability. */
final class FireTimes {

    private FireTimes() {
    }

    static List<Instant> fires(String expression, String after, String zone, int count) {
        return CronExpression.parse(expression).nextFires(instant(after), ZoneId.of(zone), count);
    }

    /** "2026-03-08T03:00-04:00" or "2026-03-08T07:00Z". */
    static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static List<Instant> instants(String... offsetDateTimes) {
        return Arrays.stream(offsetDateTimes).map(FireTimes::instant).toList();
    }
}
