package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import io.kumo.common.ValidationException;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final QuietHours NIGHT = QuietHours.parse("22:00", "07:00", "Europe/Berlin");

    @Test
    void windowOverMidnightIsQuietOnBothSides() {
        assertThat(NIGHT.isQuiet(berlin("2026-06-01T23:30"))).isTrue();
        assertThat(NIGHT.isQuiet(berlin("2026-06-02T06:59"))).isTrue();
        assertThat(NIGHT.isQuiet(berlin("2026-06-02T07:00"))).isFalse();
        assertThat(NIGHT.isQuiet(berlin("2026-06-02T12:00"))).isFalse();
        assertThat(NIGHT.isQuiet(berlin("2026-06-02T22:00"))).isTrue();
    }

    @Test
    void endAfterIsTheNextMorningOverMidnight() {
        assertThat(NIGHT.endAfter(berlin("2026-06-01T23:30"))).isEqualTo(berlin("2026-06-02T07:00"));
        assertThat(NIGHT.endAfter(berlin("2026-06-02T03:00"))).isEqualTo(berlin("2026-06-02T07:00"));
    }

    @Test
    void windowWithinADay() {
        QuietHours lunch = QuietHours.parse("12:00", "13:00", "UTC");

        assertThat(lunch.isQuiet(Instant.parse("2026-06-01T12:30:00Z"))).isTrue();
        assertThat(lunch.isQuiet(Instant.parse("2026-06-01T13:00:00Z"))).isFalse();
        assertThat(lunch.endAfter(Instant.parse("2026-06-01T12:30:00Z"))).isEqualTo(Instant.parse("2026-06-01T13:00:00Z"));
    }

    @Test
    void sameStartAndEndMeansNoQuietHours() {
        QuietHours none = QuietHours.parse("08:00", "08:00", "UTC");
        Instant now = Instant.parse("2026-06-01T08:00:00Z");

        assertThat(none.isQuiet(now)).isFalse();
        assertThat(none.endAfter(now)).isEqualTo(now);
    }

    @Test
    void windowInsideTheSkippedSpringHourIsEmptyThatDayAndBackTheNext() {
        QuietHours skipped = new QuietHours(LocalTime.of(2, 0), LocalTime.of(3, 0), BERLIN);
        // 2026-03-29: Berlin jumps from 02:00 CET to 03:00 CEST
        Instant justBefore = Instant.parse("2026-03-29T00:59:59Z");
        Instant justAfter = Instant.parse("2026-03-29T01:00:00Z");

        assertThat(skipped.isQuiet(justBefore)).isFalse();
        assertThat(skipped.isQuiet(justAfter)).isFalse();
        assertThat(skipped.isQuiet(berlin("2026-03-30T02:30"))).isTrue();
        assertThat(skipped.endAfter(justAfter)).isEqualTo(berlin("2026-03-30T03:00"));
    }

    @Test
    void nightWindowOverTheSpringChangeEndsAtSevenSummerTime() {
        Instant midnight = berlin("2026-03-29T00:00");

        assertThat(NIGHT.isQuiet(midnight)).isTrue();
        assertThat(NIGHT.endAfter(midnight)).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void repeatedAutumnHourDoesNotReopenTheWindow() {
        QuietHours untilHalfPastTwo = QuietHours.parse("22:00", "02:30", "Europe/Berlin");
        // 2026-10-25: Berlin goes from 03:00 CEST back to 02:00 CET; 02:30 CEST is 00:30Z, then 02:00 CET is 01:00Z
        assertThat(untilHalfPastTwo.isQuiet(Instant.parse("2026-10-25T00:29:00Z"))).isTrue();
        assertThat(untilHalfPastTwo.isQuiet(Instant.parse("2026-10-25T01:10:00Z"))).isFalse();
        assertThat(untilHalfPastTwo.endAfter(Instant.parse("2026-10-24T21:00:00Z"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void badTimeIsRefusedInOneLine() {
        assertThatThrownBy(() -> QuietHours.parse("25:00", "07:00", "UTC")).isInstanceOf(ValidationException.class)
                .hasMessage("Quiet hours start '25:00' is not a time; write it like 22:00");
    }

    @Test
    void unknownZoneIsRefusedInOneLine() {
        assertThatThrownBy(() -> QuietHours.parse("22:00", "07:00", "Mars/Base")).isInstanceOf(ValidationException.class)
                .hasMessage("Unknown time zone 'Mars/Base'; write one like Europe/Berlin or UTC");
    }

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
