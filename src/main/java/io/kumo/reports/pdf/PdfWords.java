package io.kumo.reports.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Figures as the PDF prints them: "95.0 %", "2 min 10 s", "2026-11-30 07:00". */
final class PdfWords {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private PdfWords() {
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return duration.toMillis() < 10_000 ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0) : seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "–" : DAY_TIME.format(instant.atZone(zone));
    }

    /** [from, to) as the days it covers: a period ending at midnight ends on the day before. */
    static String period(Instant from, Instant to, ZoneId zone) {
        return DAY.format(from.atZone(zone)) + " – " + DAY.format(to.minusMillis(1).atZone(zone)) + " (" + zone.getId() + ")";
    }
}
