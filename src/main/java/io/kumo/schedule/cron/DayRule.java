package io.kumo.schedule.cron;

/**
 * How day-of-month and day-of-week combine. In cronie's find_jobs, a '*' at the start of either field makes both
 * fields required; when both are restricted, a day matching either one is enough.
 */
enum DayRule {
    BOTH_MUST_MATCH {
        @Override
        boolean holds(boolean dayOfMonthMatches, boolean dayOfWeekMatches) {
            return dayOfMonthMatches && dayOfWeekMatches;
        }
    },
    EITHER_MAY_MATCH {
        @Override
        boolean holds(boolean dayOfMonthMatches, boolean dayOfWeekMatches) {
            return dayOfMonthMatches || dayOfWeekMatches;
        }
    };

    abstract boolean holds(boolean dayOfMonthMatches, boolean dayOfWeekMatches);

    static DayRule of(ParsedField dayOfMonth, ParsedField dayOfWeek) {
        return dayOfMonth.startsWithStar() || dayOfWeek.startsWithStar() ? BOTH_MUST_MATCH : EITHER_MAY_MATCH;
    }
}
