package io.kumo.schedule.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronMacroTest {

    private static final Instant FROM = Instant.parse("2026-01-15T10:17:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            @yearly   | 0 0 1 1 *
            @annually | 0 0 1 1 *
            @monthly  | 0 0 1 * *
            @weekly   | 0 0 * * 0
            @daily    | 0 0 * * *
            @midnight | 0 0 * * *
            @hourly   | 0 * * * *
            """)
    void macroFiresLikeItsExpansion(String macro, String expansion) {
        CronExpression shortcut = CronExpression.parse(macro);
        CronExpression longhand = CronExpression.parse(expansion);
        assertThat(shortcut.text()).isEqualTo(macro);
        assertThat(shortcut.isReboot()).isFalse();
        assertThat(shortcut.isFixedTime()).isEqualTo(longhand.isFixedTime());
        assertThat(shortcut.nextFires(FROM, ZONE, 5)).hasSize(5).isEqualTo(longhand.nextFires(FROM, ZONE, 5));
    }

    @Test
    void hourlyIsAWildcardJobAndDailyAFixedOne() {
        assertThat(CronExpression.parse("@hourly").isFixedTime()).isFalse();
        assertThat(CronExpression.parse("@daily").isFixedTime()).isTrue();
    }

    @Test
    void rebootHasNoFireTimes() {
        CronExpression reboot = CronExpression.parse("@reboot");
        assertThat(reboot.isReboot()).isTrue();
        assertThat(reboot.isFixedTime()).isFalse();
        assertThat(reboot.nextFireAfter(FROM, ZONE)).isEmpty();
        assertThat(reboot.nextFires(FROM, ZONE, 3)).isEmpty();
    }

    @Test
    void unknownMacroListsTheValidOnes() {
        assertThatThrownBy(() -> CronExpression.parse("@weekdays"))
                .isInstanceOf(CronParseException.class)
                .hasMessage("unknown macro '@weekdays'; expected one of "
                        + "@reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly");
        assertThatThrownBy(() -> CronExpression.parse("@")).hasMessageStartingWith("unknown macro '@'");
    }

    @ParameterizedTest
    @CsvSource({"@DAILY, @daily", "@Daily, @daily", "@Reboot, @reboot", "@ANNUALLY, @annually"})
    void macrosAreLowerCaseAsInCrontab(String typed, String meant) {
        assertThatThrownBy(() -> CronExpression.parse(typed))
                .isInstanceOf(CronParseException.class)
                .hasMessage("unknown macro '" + typed + "' (macros are lower case: " + meant + "); expected one of "
                        + "@reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly");
    }

    @Test
    void macroStandsAlone() {
        assertThatThrownBy(() -> CronExpression.parse("@daily 5"))
                .isInstanceOf(CronParseException.class)
                .hasMessage("@daily stands alone, but it is followed by '5'");
    }
}
