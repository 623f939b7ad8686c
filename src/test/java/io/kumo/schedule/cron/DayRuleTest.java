package io.kumo.schedule.cron;

import static io.kumo.schedule.cron.FireTimes.fires;
import static io.kumo.schedule.cron.FireTimes.instants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** cronie's find_jobs: a '*' at the start of either day field ANDs them; two restricted day fields are ORed. */
class DayRuleTest {

    @Test
    void steppedStarDayOfMonthStillCountsAsStarSoBothDaysMustMatch() {
        assertThat(CronParser.parse("0 0 */10 * 1-5").orElseThrow().dayRule()).isEqualTo(DayRule.BOTH_MUST_MATCH);
        // Days 1, 11, 21, 31 that fall on Monday to Friday: Jan 11 is a Sunday, Jan 31 and Feb 21 Saturdays, Mar 1 a Sunday.
        assertThat(fires("0 0 */10 * 1-5", "2025-12-31T12:00Z", "UTC", 4))
                .isEqualTo(instants("2026-01-01T00:00Z", "2026-01-21T00:00Z", "2026-02-11T00:00Z", "2026-03-11T00:00Z"));
    }

    @Test
    void steppedStarDayOfWeekStillCountsAsStarSoBothDaysMustMatch() {
        assertThat(CronParser.parse("0 0 1 * */2").orElseThrow().dayRule()).isEqualTo(DayRule.BOTH_MUST_MATCH);
        // The 1st only when it is a Sunday, Tuesday, Thursday or Saturday.
        assertThat(fires("0 0 1 * */2", "2025-12-31T12:00Z", "UTC", 5)).isEqualTo(instants(
                "2026-01-01T00:00Z", "2026-02-01T00:00Z", "2026-03-01T00:00Z", "2026-08-01T00:00Z", "2026-09-01T00:00Z"));
    }

    @Test
    void twoRestrictedDayFieldsFireOnEitherDay() {
        assertThat(CronParser.parse("30 4 1,15 * 5").orElseThrow().dayRule()).isEqualTo(DayRule.EITHER_MAY_MATCH);
        // June 2026: Monday the 1st, Fridays 5, 12, 19 and 26, Monday the 15th.
        assertThat(fires("30 4 1,15 * 5", "2026-05-31T12:00Z", "UTC", 7)).isEqualTo(instants(
                "2026-06-01T04:30Z", "2026-06-05T04:30Z", "2026-06-12T04:30Z", "2026-06-15T04:30Z",
                "2026-06-19T04:30Z", "2026-06-26T04:30Z", "2026-07-01T04:30Z"));
    }

    @Test
    void plainStarDayOfMonthLeavesOnlyTheWeekday() {
        assertThat(fires("0 0 * * 7", "2026-03-01T00:00Z", "UTC", 2))
                .isEqualTo(instants("2026-03-08T00:00Z", "2026-03-15T00:00Z"));
    }

    @Test
    void plainStarDayOfWeekLeavesOnlyTheDayOfMonth() {
        assertThat(fires("0 0 15 * *", "2026-03-01T00:00Z", "UTC", 2))
                .isEqualTo(instants("2026-03-15T00:00Z", "2026-04-15T00:00Z"));
    }

    @Test
    void theStarFlagComesFromTheTextNotFromTheValues() {
        // 1-31 selects every day but does not start with '*': OR with Mondays fires daily.
        assertThat(fires("0 0 1-31 * 1", "2026-03-01T12:00Z", "UTC", 2))
                .isEqualTo(instants("2026-03-02T00:00Z", "2026-03-03T00:00Z"));
        // */1 selects the same days but starts with '*': AND with Mondays fires on Mondays only.
        assertThat(fires("0 0 */1 * 1", "2026-03-01T12:00Z", "UTC", 2))
                .isEqualTo(instants("2026-03-02T00:00Z", "2026-03-09T00:00Z"));
    }
}
