package io.kumo.schedule.cron;

import static io.kumo.schedule.cron.FireTimes.fires;
import static io.kumo.schedule.cron.FireTimes.instants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * cron(8) around daylight-saving jumps: fixed-time jobs run once per day (right after a spring-forward jump,
 * in the first pass of a fall-back overlap); wildcard jobs follow the clock and run in both passes.
 * 2026-03-08 02:00 EST jumps to 03:00 EDT; 2026-11-01 02:00 EDT falls back to 01:00 EST.
 */
class NewYorkDaylightSavingTest {

    private static final String ZONE = "America/New_York";

    @Test
    void fixedJobInSkippedHourRunsRightAfterTheJump() {
        assertThat(fires("30 2 * * *", "2026-03-07T12:00Z", ZONE, 2))
                .isEqualTo(instants("2026-03-08T03:00-04:00", "2026-03-09T02:30-04:00"));
        assertThat(fires("30 2 * * *", "2026-03-07T12:00Z", ZONE, 1)).isEqualTo(instants("2026-03-08T07:00Z"));
    }

    @Test
    void severalSkippedMinutesOfAFixedJobRunOnceAtTheJump() {
        assertThat(fires("0,15,30,45 2 * * *", "2026-03-08T00:00-05:00", ZONE, 2))
                .isEqualTo(instants("2026-03-08T03:00-04:00", "2026-03-09T02:00-04:00"));
    }

    @Test
    void fixedJobRightAtTheJumpIsNotDoubled() {
        assertThat(fires("30 2,3 * * *", "2026-03-08T00:00-05:00", ZONE, 3))
                .isEqualTo(instants("2026-03-08T03:00-04:00", "2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00"));
    }

    @Test
    void fixedJobInRepeatedHourRunsOnlyInTheFirstPass() {
        assertThat(fires("30 1 * * *", "2026-10-31T12:00Z", ZONE, 2))
                .isEqualTo(instants("2026-11-01T01:30-04:00", "2026-11-02T01:30-05:00"));
    }

    @Test
    void fixedJobIsNotRepeatedWhenStartingInsideTheOverlap() {
        assertThat(fires("30 1 * * *", "2026-11-01T01:30-04:00", ZONE, 1)).isEqualTo(instants("2026-11-02T01:30-05:00"));
        assertThat(fires("30 1 * * *", "2026-11-01T01:00-05:00", ZONE, 1)).isEqualTo(instants("2026-11-02T01:30-05:00"));
    }

    @Test
    void wildcardJobRunsInBothPassesOfTheRepeatedHour() {
        assertThat(fires("*/30 * * * *", "2026-11-01T00:00-04:00", ZONE, 6)).isEqualTo(instants(
                "2026-11-01T00:30-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:30-04:00",
                "2026-11-01T01:00-05:00", "2026-11-01T01:30-05:00", "2026-11-01T02:00-05:00"));
    }

    @Test
    void wildcardJobStartingInTheFirstPassStillFindsTheRepeatedMinutes() {
        assertThat(fires("*/30 * * * *", "2026-11-01T01:30-04:00", ZONE, 2))
                .isEqualTo(instants("2026-11-01T01:00-05:00", "2026-11-01T01:30-05:00"));
        assertThat(fires("*/30 * * * *", "2026-11-01T01:10-04:00", ZONE, 1)).isEqualTo(instants("2026-11-01T01:30-04:00"));
        assertThat(fires("0 * * * *", "2026-11-01T01:15-04:00", ZONE, 1)).isEqualTo(instants("2026-11-01T01:00-05:00"));
    }

    @Test
    void wildcardJobSkipsTheMinutesThatNeverHappen() {
        assertThat(fires("*/30 * * * *", "2026-03-08T01:00-05:00", ZONE, 3)).isEqualTo(instants(
                "2026-03-08T01:30-05:00", "2026-03-08T03:00-04:00", "2026-03-08T03:30-04:00"));
        assertThat(fires("*/10 2 * * *", "2026-03-08T00:00-05:00", ZONE, 1)).isEqualTo(instants("2026-03-09T02:00-04:00"));
    }

    @Test
    void hourlyJobOnSpringForwardDay() {
        assertThat(fires("0 * * * *", "2026-03-08T00:00-05:00", ZONE, 3)).isEqualTo(instants(
                "2026-03-08T01:00-05:00", "2026-03-08T03:00-04:00", "2026-03-08T04:00-04:00"));
    }

    @Test
    void hourlyJobOnFallBackDay() {
        assertThat(fires("0 * * * *", "2026-11-01T00:00-04:00", ZONE, 4)).isEqualTo(instants(
                "2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00", "2026-11-01T02:00-05:00", "2026-11-01T03:00-05:00"));
    }
}
