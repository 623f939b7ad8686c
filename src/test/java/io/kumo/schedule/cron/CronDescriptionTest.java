package io.kumo.schedule.cron;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronDescriptionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *          | Every minute
            */15 * * * *       | Every 15 minutes
            0-59/20 * * * *    | Every 20 minutes
            */7 * * * *        | At every 7th minute of every hour
            0 * * * *          | At minute 0 of every hour
            @hourly            | At minute 0 of every hour
            @daily             | At 00:00 every day
            @reboot            | When Kumo starts
            @weekly            | At 00:00 on Sunday
            @monthly           | At 00:00 on day 1 of the month
            @yearly            | At 00:00 on day 1 of the month in January
            0 0 * * 7          | At 00:00 on Sunday
            30 4 1,15 * 5      | At 04:30 on day 1 and 15 of the month, and on Friday
            0 0 */10 * 1-5     | At 00:00 on every 10th day of the month if it is Monday through Friday
            0 0 1 * */2        | At 00:00 on day 1 of the month if it is Sunday, Tuesday, Thursday or Saturday
            0 9 * 1,7 mon-fri  | At 09:00 on Monday through Friday in January and July
            5,35 8-17 * * *    | At minute 5 and 35 past hour 8 through 17
            0 */2 * * *        | At minute 0 past every 2nd hour
            * 9 * * *          | Every minute past hour 9
            */10 9-17 * * 1-5  | Every 10 minutes past hour 9 through 17 on Monday through Friday
            0 9,17 * * *       | At 09:00 and 17:00 every day
            0-30/10 * * * *    | At every 10th minute from 0 through 30 of every hour
            0 0 1-7 * *        | At 00:00 on day 1 through 7 of the month
            0 12 * */3 *       | At 12:00 every day in January, April, July and October
            0 6 * jan-mar sat,sun | At 06:00 on Sunday and Saturday in January through March
            15 3 2-20/3 * *    | At 03:15 on every 3rd day of the month from 2 through 20
            0 0 1-31 * 1       | At 00:00 every day
            """)
    void describesInPlainEnglish(String expression, String description) {
        assertThat(CronExpression.parse(expression).describe()).isEqualTo(description);
    }
}
