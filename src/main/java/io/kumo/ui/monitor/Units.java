package io.kumo.ui.monitor;

import java.util.Locale;

/** Human units for the dashboard and the system monitor: bytes, bytes per second, percentages. */
public final class Units {

    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private Units() {
    }

    /** {@code 0 B}, {@code 512 B}, {@code 1.5 KB}, {@code 12 GB}: binary multiples, one decimal below ten. */
    public static String bytes(double bytes) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return Math.round(value) + " B";
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : Long.toString(Math.round(value))) + " " + BYTE_UNITS[unit];
    }

    public static String rate(double bytesPerSecond) {
        return bytes(bytesPerSecond) + "/s";
    }

    /** A percentage without decimals: {@code 42 %}. */
    public static String percent(double percent) {
        return Math.round(Math.max(0, percent)) + " %";
    }
}
