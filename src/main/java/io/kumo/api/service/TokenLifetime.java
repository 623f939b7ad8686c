package io.kumo.api.service;

import io.kumo.common.ValidationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A token's lifetime as typed: a positive number and a unit, {@code 90m}, {@code 12h}, {@code 30d}, {@code 2w}. */
final class TokenLifetime {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})([mhdw])");
    private static final String USE = "use a positive number and m, h, d or w (90m, 12h, 30d, 2w)";

    private TokenLifetime() {
    }

    static Duration parse(String text) {
        String given = text == null ? "" : text.strip();
        Matcher match = FORM.matcher(given);
        if (!match.matches()) {
            throw new ValidationException("expires: '" + given + "' is not a lifetime; " + USE);
        }
        long count = Long.parseLong(match.group(1));
        if (count == 0) {
            throw new ValidationException("expires: '" + given + "' is not positive; " + USE);
        }
        return switch (match.group(2)) {
            case "m" -> Duration.ofMinutes(count);
            case "h" -> Duration.ofHours(count);
            case "d" -> Duration.ofDays(count);
            default -> Duration.ofDays(count * 7);
        };
    }
}
