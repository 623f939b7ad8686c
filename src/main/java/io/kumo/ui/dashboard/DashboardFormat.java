package io.kumo.ui.dashboard;

import io.kumo.ui.common.DisplayTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/** Day labels, elapsed times and duration units of the dashboard's charts. */
public final class DashboardFormat {


    private DashboardFormat() {
    }

    /** The category of a day on the 14-day charts: {@code Mar 3} in the user's locale. */
    public static String day(LocalDate day) {
        return DisplayTime.system().day(day);
    }

    /** The category of a day on the 7-day chart: {@code Tue, Mar 3} in the user's locale. */
    public static String weekday(LocalDate day) {
        return DisplayTime.system().weekday(day);
    }

    /** {@code 45 s}, {@code 3 min 05 s}, {@code 2 h 04 min}, {@code 3 d 2 h}; negative spans (clock skew) read 0 s. */
    /** "87%", or "—" when nothing finished (a rate of -1). */
    public static String rate(double rate) {
        return rate < 0 ? "—" : Math.round(rate * 100) + "%";
    }

    public static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%d d %d h", seconds / 86_400, seconds % 86_400 / 3600);
    }

    /** The unit a duration chart reads best in, chosen from its longest value. */
    public enum DurationUnit {
        SECONDS("seconds", 1), MINUTES("minutes", 60), HOURS("hours", 3600);

        private final String label;
        private final double seconds;

        DurationUnit(String label, double seconds) {
            this.label = label;
            this.seconds = seconds;
        }

        public static DurationUnit forLongest(double longestSeconds) {
            if (longestSeconds >= 2 * 3600) {
                return HOURS;
            }
            return longestSeconds >= 120 ? MINUTES : SECONDS;
        }

        public double convert(double valueSeconds) {
            return valueSeconds / seconds;
        }

        public String label() {
            return label;
        }
    }
}
