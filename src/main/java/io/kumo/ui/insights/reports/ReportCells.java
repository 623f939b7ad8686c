package io.kumo.ui.insights.reports;

import java.time.Duration;
import java.util.Locale;

/** How the tab writes a report's figures: "1 m 05 s", "850 ms", "95.0 %", "–" for none. */
final class ReportCells {

    private ReportCells() {
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d m %02d s", seconds / 60, seconds % 60);
    }

    static String rate(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
