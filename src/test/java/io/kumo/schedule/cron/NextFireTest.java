package io.kumo.schedule.cron;

import static io.kumo.schedule.cron.FireTimes.fires;
import static io.kumo.schedule.cron.FireTimes.instant;
import static io.kumo.schedule.cron.FireTimes.instants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextFireTest {

    @Test
    void everyMinuteFiresAtTheStartOfEachFollowingMinute() {
        assertThat(fires("* * * * *", "2026-01-01T10:00:30Z", "UTC", 3))
                .isEqualTo(instants("2026-01-01T10:01Z", "2026-01-01T10:02Z", "2026-01-01T10:03Z"));
    }

    @Test
    void aFireExactlyAtTheStartIsNotReturned() {
        assertThat(fires("* * * * *", "2026-01-01T10:00Z", "UTC", 1)).isEqualTo(instants("2026-01-01T10:01Z"));
        assertThat(fires("0 12 * * *", "2026-01-01T12:00Z", "UTC", 1)).isEqualTo(instants("2026-01-02T12:00Z"));
    }

    @Test
    void everyQuarterHour() {
        assertThat(fires("*/15 * * * *", "2026-01-01T10:07Z", "UTC", 4)).isEqualTo(instants(
                "2026-01-01T10:15Z", "2026-01-01T10:30Z", "2026-01-01T10:45Z", "2026-01-01T11:00Z"));
    }

    @Test
    void hourlyRollsOverMidnightAndYearEnd() {
        assertThat(fires("0 * * * *", "2026-12-31T22:30Z", "UTC", 3))
                .isEqualTo(instants("2026-12-31T23:00Z", "2027-01-01T00:00Z", "2027-01-01T01:00Z"));
    }

    @Test
    void monthlyOnThe31stSkipsShortMonths() {
        assertThat(fires("0 0 31 * *", "2026-01-01T00:00Z", "UTC", 7)).isEqualTo(instants(
                "2026-01-31T00:00Z", "2026-03-31T00:00Z", "2026-05-31T00:00Z", "2026-07-31T00:00Z",
                "2026-08-31T00:00Z", "2026-10-31T00:00Z", "2026-12-31T00:00Z"));
    }

    @Test
    void february29thFiresOnlyInLeapYears() {
        assertThat(fires("0 0 29 2 *", "2026-01-01T00:00Z", "UTC", 2))
                .isEqualTo(instants("2028-02-29T00:00Z", "2032-02-29T00:00Z"));
    }

    @Test
    void february30thNeverFires() {
        CronExpression never = CronExpression.parse("0 0 30 2 *");
        assertThat(never.nextFireAfter(instant("2026-01-01T00:00Z"), ZoneOffset.UTC)).isEmpty();
        assertThat(never.nextFires(instant("2026-01-01T00:00Z"), ZoneOffset.UTC, 3)).isEmpty();
    }

    @Test
    void nothingWithinFiveYearsCountsAsNever() {
        // 2100 is not a leap year, so the next February 29th after 2096 is in 2104.
        assertThat(fires("0 0 29 2 *", "2097-03-01T00:00Z", "UTC", 1)).isEmpty();
        assertThat(fires("0 0 29 2 *", "2099-03-01T00:00Z", "UTC", 1)).isEqualTo(instants("2104-02-29T00:00Z"));
    }

    @Test
    void yearlyJumpsToNextJanuary() {
        assertThat(fires("0 0 1 1 *", "2026-06-01T00:00Z", "UTC", 2))
                .isEqualTo(instants("2027-01-01T00:00Z", "2028-01-01T00:00Z"));
    }

    @Test
    void wallClockTimesAreReadInTheGivenZone() {
        assertThat(fires("0 9 * * mon-fri", "2026-01-02T12:00Z", "Europe/Berlin", 2))
                .isEqualTo(instants("2026-01-05T09:00+01:00", "2026-01-06T09:00+01:00"));
        assertThat(fires("0 9 * * *", "2026-07-01T00:00Z", "Asia/Kolkata", 1)).isEqualTo(instants("2026-07-01T09:00+05:30"));
    }

    @Test
    void listsAndRangesOfHoursAndMinutes() {
        assertThat(fires("5,35 8-9 * * *", "2026-01-01T00:00Z", "UTC", 5)).isEqualTo(instants(
                "2026-01-01T08:05Z", "2026-01-01T08:35Z", "2026-01-01T09:05Z", "2026-01-01T09:35Z", "2026-01-02T08:05Z"));
    }

    @Test
    void nextFiresAreStrictlyIncreasingAndCountLimited() {
        List<Instant> fires = CronExpression.parse("*/7 */5 * * *")
                .nextFires(instant("2026-03-01T00:00Z"), ZoneId.of("America/New_York"), 500);
        assertThat(fires).hasSize(500).isSorted().doesNotHaveDuplicates();
        assertThat(fires("* * * * *", "2026-01-01T00:00Z", "UTC", 0)).isEmpty();
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> fires("* * * * *", "2026-01-01T00:00Z", "UTC", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rareSchedulesAreFoundWithoutWalkingEveryMinute() {
        long start = System.nanoTime();
        // OR: December 31st or any Friday in December.
        assertThat(fires("59 23 31 12 5", "2026-01-01T00:00Z", "UTC", 1)).isEqualTo(instants("2026-12-04T23:59Z"));
        // AND: December 31st on a Sunday; the one after 2028 is in 2034, beyond the five-year horizon.
        assertThat(fires("59 23 31 12 */7", "2026-01-01T00:00Z", "UTC", 2)).isEqualTo(instants("2028-12-31T23:59Z"));
        for (int i = 0; i < 200; i++) {
            CronExpression.parse("0 0 30 2 *").nextFireAfter(instant("2026-01-01T00:00Z"), ZoneOffset.UTC);
        }
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
