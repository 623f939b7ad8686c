package io.kumo.insights.errors;

import io.kumo.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a window as the CLI and the API take it: {@code 24h}, {@code 7d}, {@code 90m}, {@code 2w}, a date
 * ({@code 2026-11-01}, its start in the zone), an instant ({@code 2026-11-01T06:00:00Z}), or {@code all} (null).
 */
public final class SinceWords {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,6})([mhdw])");

    private SinceWords() {
    }

    /** Null for {@code all}. @throws ValidationException for anything else it cannot read */
    public static Instant parse(String words, Instant now, ZoneId zone) {
        String text = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return null;
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            long amount = Long.parseLong(span.group(1));
            Duration length = switch (span.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            };
            return now.minus(length);
        }
        try {
            return text.contains("t") ? Instant.parse(words.strip()) : LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("since '" + words + "': use 24h, 7d, 30d, all, a date (2026-11-01) or an instant "
                    + "(2026-11-01T06:00:00Z)");
        }
    }
}
