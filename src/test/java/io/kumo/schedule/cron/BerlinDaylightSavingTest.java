package io.kumo.schedule.cron;

import static io.kumo.schedule.cron.FireTimes.fires;
import static io.kumo.schedule.cron.FireTimes.instants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * cron(8) around daylight-saving jumps: fixed-time jobs run once per day (right after a spring-forward jump,
 * in the first pass of a fall-back overlap); wildcard jobs follow the clock and run in both passes.
 * 2026-03-29 02:00 CET jumps to 03:00 CEST; 2026-10-25 03:00 CEST falls back to 02:00 CET.
 */
class BerlinDaylightSavingTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void fixedJobInSkippedHourRunsRightAfterTheJump() {
        assertThat(fires("30 2 * * *", "2026-03-28T12:00Z", ZONE, 2))
                .isEqualTo(instants("2026-03-29T03:00+02:00", "2026-03-30T02:30+02:00"));
    }

    @Test
    void fixedJobInRepeatedHourRunsOnlyInTheFirstPass() {
        assertThat(fires("30 2 * * *", "2026-10-24T12:00Z", ZONE, 2))
                .isEqualTo(instants("2026-10-25T02:30+02:00", "2026-10-26T02:30+01:00"));
    }

    @Test
    void wildcardJobRunsInBothPassesOfTheRepeatedHour() {
        assertThat(fires("*/30 * * * *", "2026-10-25T01:30+02:00", ZONE, 5)).isEqualTo(instants(
                "2026-10-25T02:00+02:00", "2026-10-25T02:30+02:00",
                "2026-10-25T02:00+01:00", "2026-10-25T02:30+01:00", "2026-10-25T03:00+01:00"));
    }

    @Test
    void wildcardJobSkipsTheMinutesThatNeverHappen() {
        assertThat(fires("*/30 * * * *", "2026-03-29T01:30+01:00", ZONE, 2))
                .isEqualTo(instants("2026-03-29T03:00+02:00", "2026-03-29T03:30+02:00"));
    }

    @Test
    void hourlyJobOnSpringForwardDay() {
        assertThat(fires("0 * * * *", "2026-03-29T00:30+01:00", ZONE, 3)).isEqualTo(instants(
                "2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00", "2026-03-29T04:00+02:00"));
    }

    @Test
    void hourlyJobOnFallBackDay() {
        assertThat(fires("0 * * * *", "2026-10-25T01:30+02:00", ZONE, 3)).isEqualTo(instants(
                "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:00+01:00"));
    }
}
