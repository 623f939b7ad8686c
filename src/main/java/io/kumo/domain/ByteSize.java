package io.kumo.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people type and read them: "500M", "1.5G", "200 MB", "64k"; binary units (1M = 1024 x 1024 bytes). */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    private ByteSize() {
    }

    /** The bytes {@code text} names; a bare number is bytes. Throws IllegalArgumentException with a readable message. */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write it like 500M, 2G or 64K");
        }
        double number = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2).toUpperCase(Locale.ROOT);
        double bytes = unit.isEmpty() ? number : number * Math.pow(1024, UNITS.indexOf(unit) + 1);
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("'" + text + "' is not a usable size");
        }
        return Math.round(bytes);
    }

    /** "500 MB", "1.5 GB", "64 KB", "900 B": the largest unit that keeps the number at least 1. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = Math.min(UNITS.length() - 1, (63 - Long.numberOfLeadingZeros(bytes)) / 10 - 1);
        double value = bytes / Math.pow(1024, unit + 1);
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS.charAt(unit) + "B";
    }

    /** As typed back on a command line: "500M", "1536K". */
    public static String compact(long bytes) {
        for (int unit = UNITS.length() - 1; unit >= 0; unit--) {
            long size = 1L << (10 * (unit + 1));
            if (bytes % size == 0) {
                return bytes / size + String.valueOf(UNITS.charAt(unit));
            }
        }
        return Long.toString(bytes);
    }
}
