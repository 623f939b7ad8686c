package io.kumo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MORNING = Instant.parse("2026-12-05T04:54:20Z"); // 05:54:20 in Berlin
    private final DisplayTime us = new DisplayTime(BERLIN, Locale.US);
    private final DisplayTime german = new DisplayTime(BERLIN, Locale.GERMANY);

    @Test
    void dateTimeFollowsTheLocaleInTheGivenZone() {
        assertThat(us.dateTime(MORNING)).isEqualTo("Dec 5, 2026, 5:54:20\u202fAM");
        assertThat(german.dateTime(MORNING)).isEqualTo("05.12.2026, 05:54:20");
    }

    @Test
    void todaysItemsShowTheTimeAloneOthersTheDateToo() {
        Instant evening = Instant.parse("2026-12-05T20:00:00Z");
        Instant nextDay = Instant.parse("2026-12-06T09:00:00Z");
        assertThat(german.recent(MORNING, evening)).isEqualTo("05:54:20");
        assertThat(german.recent(MORNING, nextDay)).isEqualTo("05.12.2026, 05:54:20");
    }

    @Test
    void datesAndChartDaysAreLocalized() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        assertThat(us.date(day)).isEqualTo("Dec 5, 2026");
        assertThat(german.date(day)).isEqualTo("05.12.2026");
        assertThat(us.day(day)).isEqualTo("Dec 5");
        assertThat(german.day(day)).isEqualTo("5. Dez.");
    }

    @Test
    void noTimeReadsAsADash() {
        assertThat(us.dateTime((Instant) null)).isEqualTo(DisplayTime.NONE);
        assertThat(us.recent(null, MORNING)).isEqualTo(DisplayTime.NONE);
    }

    @Test
    void fireTimesKeepTheirWeekday() {
        assertThat(us.weekdayDateTime(MORNING)).isEqualTo("Sat, Dec 5, 2026, 5:54\u202fAM");
        assertThat(german.weekdayDateTime(MORNING)).isEqualTo("Sa., 5. Dez. 2026, 05:54");
    }
}
