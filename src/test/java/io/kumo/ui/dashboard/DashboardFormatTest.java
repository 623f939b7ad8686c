package io.kumo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.ui.monitor.Units;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard's human units: elapsed times, duration axes, day labels, bytes and rates. */
class DashboardFormatTest {

    @Test
    void elapsedTimesReadInTheLargestUsefulUnits() {
        assertThat(DashboardFormat.elapsed(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(DashboardFormat.elapsed(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(DashboardFormat.elapsed(Duration.ofMinutes(124))).isEqualTo("2 h 04 min");
        assertThat(DashboardFormat.elapsed(Duration.ofHours(74))).isEqualTo("3 d 2 h");
        assertThat(DashboardFormat.elapsed(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void aSuccessRateReadsAsAWholePercentOrADashWhenNothingFinished() {
        assertThat(DashboardFormat.rate(0.875)).isEqualTo("88%");
        assertThat(DashboardFormat.rate(1)).isEqualTo("100%");
        assertThat(DashboardFormat.rate(-1)).isEqualTo("—");
    }

    @Test
    void durationAxisPicksItsUnitFromTheLongestDay() {
        assertThat(DashboardFormat.DurationUnit.forLongest(90)).isEqualTo(DashboardFormat.DurationUnit.SECONDS);
        assertThat(DashboardFormat.DurationUnit.forLongest(600)).isEqualTo(DashboardFormat.DurationUnit.MINUTES);
        assertThat(DashboardFormat.DurationUnit.forLongest(3 * 3600)).isEqualTo(DashboardFormat.DurationUnit.HOURS);
        assertThat(DashboardFormat.DurationUnit.MINUTES.convert(90)).isEqualTo(1.5);
    }

    @Test
    void daysAreLabelledShortInTheUsersLocale() {
        assertThat(DashboardFormat.day(LocalDate.parse("2026-03-03"))).isEqualTo("Mar 3");
        assertThat(DashboardFormat.weekday(LocalDate.parse("2026-03-03"))).isEqualTo("Tue, Mar 3");
    }

    @Test
    void bytesUseBinaryMultiplesWithOneDecimalBelowTen() {
        assertThat(Units.bytes(0)).isEqualTo("0 B");
        assertThat(Units.bytes(512)).isEqualTo("512 B");
        assertThat(Units.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(Units.bytes(20L * 1024 * 1024 * 1024)).isEqualTo("20 GB");
        assertThat(Units.rate(3 * 1024 * 1024)).isEqualTo("3.0 MB/s");
        assertThat(Units.percent(42.4)).isEqualTo("42 %");
    }
}
