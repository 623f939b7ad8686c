package io.kumo.schedule.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronSyntaxTest {

    private static CronSchedule schedule(String text) {
        return CronParser.parse(text).orElseThrow();
    }

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> CronExpression.parse(text))
                .isInstanceOf(CronParseException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void emptyOrBlankExpressionIsRejected() {
        assertRejected("", "cron expression is empty");
        assertRejected(" \t ", "cron expression is empty");
    }

    @Test
    void exactlyFiveFieldsAreRequired() {
        assertRejected("* * * * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 6");
        assertRejected("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 4");
    }

    @Test
    void textIsKeptAsGivenButTrimmed() {
        assertThat(CronExpression.parse("  */5  *\t* * *\n").text()).isEqualTo("*/5  *\t* * *");
    }

    @Test
    void anyWhitespaceSeparatesFields() {
        assertThat(schedule("5\t4 \t 1 2\t3").hour().values()).containsExactly(4);
    }

    @Test
    void stepAfterASingleValueIsRejectedLikeCronie() {
        assertRejected("5/10 * * * *", "minute: a step (/10) must follow * or a range, as in */10 or 0-59/10");
        assertRejected("0 3/2 * * *", "hour: a step (/2) must follow * or a range, as in */2 or 0-23/2");
    }

    @Test
    void stepMustBeAtLeastOne() {
        assertRejected("*/0 * * * *", "minute: step must be at least 1, got /0");
        assertRejected("0 0 1-10/0 * *", "day-of-month: step must be at least 1, got /0");
    }

    @Test
    void stepMustBeANumberNotAName() {
        assertRejected("*/x * * * *", "minute: step 'x' is not a number");
        assertRejected("0 0 * * */mon", "day-of-week: step 'mon' is not a number");
        assertRejected("0 0 * * *1", "day-of-week: unexpected '1' after *");
    }

    @Test
    void backwardsRangeIsRejected() {
        assertRejected("5-2 * * * *", "minute: range 5-2 runs backwards; the start must not be greater than the end");
        assertRejected("0 0 * * fri-mon", "day-of-week: range fri-mon runs backwards; the start must not be greater than the end");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            61 * * * *     | minute: 61 is outside 0-59
            50-60 * * * *  | minute: 60 is outside 0-59
            0 24 * * *     | hour: 24 is outside 0-23
            0 0 0 * *      | day-of-month: 0 is outside 1-31
            0 0 32 * *     | day-of-month: 32 is outside 1-31
            0 0 * 0 *      | month: 0 is outside 1-12
            0 0 * 13 *     | month: 13 is outside 1-12
            0 0 * * 8      | day-of-week: 8 is outside 0-7
            99999999999 * * * * | minute: 99999999999 is outside 0-59
            """)
    void valuesOutsideTheFieldRangeAreRejected(String text, String message) {
        assertRejected(text, message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 0 * * fry     | day-of-week: 'fry' is not a number or a day name
            0 0 * * monday  | day-of-week: 'monday' is not a number or a day name
            0 0 * foo *     | month: 'foo' is not a number or a month name
            x * * * *       | minute: 'x' is not a number
            mon * * * *     | minute: 'mon' is not a number
            -5 * * * *      | minute: '-5' is not a number
            5- * * * *      | minute: '5-' is not a number
            0 0 1-2-3 * *   | day-of-month: '2-3' is not a number
            """)
    void nonNumbersAreRejected(String text, String message) {
        assertRejected(text, message);
    }

    @Test
    void emptyListElementIsRejected() {
        assertRejected("1,,2 * * * *", "minute: empty element in the list '1,,2'");
        assertRejected("0 0 1, * *", "day-of-month: empty element in the list '1,'");
    }

    @Test
    void listsRangesAndStepsCombine() {
        assertThat(schedule("1,5-7,50-59/4 * * * *").minute().values()).containsExactly(1, 5, 6, 7, 50, 54, 58);
        assertThat(schedule("*/20 * * * *").minute().values()).containsExactly(0, 20, 40);
        assertThat(schedule("0 */5 * * *").hour().values()).containsExactly(0, 5, 10, 15, 20);
        assertThat(schedule("0 0 */10 * *").dayOfMonth().values()).containsExactly(1, 11, 21, 31);
    }

    @Test
    void monthAndDayNamesAreCaseInsensitiveAndWorkAsRangeEnds() {
        CronSchedule schedule = schedule("0 0 * JAN-mar Mon-FRI");
        assertThat(schedule.month().values()).containsExactly(1, 2, 3);
        assertThat(weekdaysMatched(schedule)).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(schedule("0 0 * dec,Jun *").month().values()).containsExactly(6, 12);
    }

    @Test
    void namedRangeTakesAStep() {
        assertThat(weekdaysMatched(schedule("0 0 * * mon-fri/2"))).containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
    }

    @Test
    void sevenIsSunday() {
        assertThat(weekdaysMatched(schedule("0 0 * * 7"))).containsExactly("SUNDAY");
        assertThat(weekdaysMatched(schedule("0 0 * * 5-7"))).containsExactly("SUNDAY", "FRIDAY", "SATURDAY");
        assertThat(weekdaysMatched(schedule("0 0 * * sun"))).containsExactly("SUNDAY");
    }

    @Test
    void stepOverTheWholeWeekCountsFromZeroToSeven() {
        assertThat(weekdaysMatched(schedule("0 0 * * */2"))).containsExactly("SUNDAY", "TUESDAY", "THURSDAY", "SATURDAY");
        assertThat(weekdaysMatched(schedule("0 0 * * */7"))).containsExactly("SUNDAY");
    }

    @Test
    void fixedTimeMeansNeitherMinuteNorHourStartsWithAStar() {
        assertThat(CronExpression.parse("30 2 * * *").isFixedTime()).isTrue();
        assertThat(CronExpression.parse("0,30 1-3 * * *").isFixedTime()).isTrue();
        assertThat(CronExpression.parse("0-59 0-23 * * *").isFixedTime()).isTrue();
        assertThat(CronExpression.parse("*/30 * * * *").isFixedTime()).isFalse();
        assertThat(CronExpression.parse("0 * * * *").isFixedTime()).isFalse();
        assertThat(CronExpression.parse("* 3 * * *").isFixedTime()).isFalse();
        assertThat(CronExpression.parse("0 */2 * * *").isFixedTime()).isFalse();
    }

    @Test
    void expressionsWithTheSameTextAreEqual() {
        assertThat(CronExpression.parse(" 0 0 * * * ")).isEqualTo(CronExpression.parse("0 0 * * *"))
                .hasSameHashCodeAs(CronExpression.parse("0 0 * * *"))
                .hasToString("0 0 * * *");
        assertThat(CronExpression.parse("0 0 * * *").isReboot()).isFalse();
    }

    /** Which weekdays of the week starting Sunday 2026-03-01 match the day fields. */
    private static List<String> weekdaysMatched(CronSchedule schedule) {
        LocalDate sunday = LocalDate.of(2026, 3, 1);
        return sunday.datesUntil(sunday.plusDays(7)).filter(schedule::matchesDate).map(d -> d.getDayOfWeek().name()).toList();
    }
}
