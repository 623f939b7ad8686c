package io.kumo.ui.runs;

import io.kumo.ui.common.DisplayTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How run values read in tables and details: local times, short durations, human byte sizes. */
public final class RunFormat {

    private static final String NONE = "—";

    private RunFormat() {
    }

    public static String time(Instant instant) {
        return DisplayTime.system().dateTime(instant);
    }

    /** "850 ms", "12.3 s", "4m 05s", "2h 03m", "3d 04h". */
    public static String duration(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        boolean negative = duration.isNegative();
        Duration d = duration.abs();
        long millis = d.toMillis();
        String text;
        if (millis < 1_000) {
            text = millis + " ms";
        } else if (millis < 60_000) {
            text = String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        } else if (millis < 3_600_000) {
            text = String.format(Locale.ROOT, "%dm %02ds", d.toMinutes(), d.toSecondsPart());
        } else if (millis < 86_400_000) {
            text = String.format(Locale.ROOT, "%dh %02dm", d.toHours(), d.toMinutesPart());
        } else {
            text = String.format(Locale.ROOT, "%dd %02dh", d.toDays(), d.toHoursPart());
        }
        return negative ? "−" + text : text;
    }

    /** "512 B", "34.5 KB", "1.2 GB". */
    public static String bytes(Long bytes) {
        if (bytes == null) {
            return NONE;
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    public static String cpu(Double percent) {
        return percent == null ? NONE : String.format(Locale.ROOT, "%.0f %%", percent);
    }

    public static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }
}
