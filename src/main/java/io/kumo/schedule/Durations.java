package io.kumo.schedule;

import io.kumo.common.ValidationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 10s 5m 2h 1d 1w} (and combinations such as {@code 1h30m}). */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)([smhdw])");

    private Durations() {
    }

    public static Duration parse(String what, String text) {
        String compact = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (compact.isEmpty()) {
            throw new ValidationException(what + ": empty; use a number with a unit, e.g. 30s, 5m, 2h, 1d or 1w");
        }
        Matcher matcher = PART.matcher(compact);
        Duration total = Duration.ZERO;
        int position = 0;
        while (matcher.find() && matcher.start() == position) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                total = total.plus(switch (matcher.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(Math.multiplyExact(amount, 7));
                });
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TooLong(what + ": " + matcher.group() + " is too large");
            }
            position = matcher.end();
        }
        if (position != compact.length()) {
            throw new ValidationException(what + ": '" + text.strip() + "' is not a duration; use a number with a unit, e.g. 30s, 5m, 2h, 1d or 1w");
        }
        if (total.isZero()) {
            throw new ValidationException(what + ": must be more than 0");
        }
        return total;
    }

    /** {@link #parse}, refusing more than {@code max} (and what overflows) with "what: at most 30d". */
    public static Duration parseAtMost(String what, String text, Duration max) {
        Duration duration;
        try {
            duration = parse(what, text);
        } catch (TooLong e) {
            throw atMost(what, max);
        }
        if (duration.compareTo(max) > 0) {
            throw atMost(what, max);
        }
        return duration;
    }

    /** "what: at most 366d". */
    public static ValidationException atMost(String what, Duration max) {
        long days = max.toDays();
        boolean wholeDays = Duration.ofDays(days).equals(max);
        return new ValidationException(what + ": at most " + (wholeDays ? days + "d" : format(max)));
    }

    /** A duration past what a long holds in seconds or milliseconds. */
    private static final class TooLong extends ValidationException {
        TooLong(String message) {
            super(message);
        }
    }

    /** The shortest exact text: 90s → 1m30s, 7d → 1w. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        long[] sizes = {7 * 86400, 86400, 3600, 60, 1};
        String[] units = {"w", "d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                text.append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return text.isEmpty() ? "0s" : text.toString();
    }
}
