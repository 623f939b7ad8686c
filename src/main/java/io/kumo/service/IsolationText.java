package io.kumo.service;

import io.kumo.common.ValidationException;
import io.kumo.domain.ByteSize;
import io.kumo.domain.SandboxMode;
import io.kumo.schedule.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Limits, sandbox and run conditions as users type them, read the same way by the command line, the API and the
 * task editor. "none" or an empty text means "not limited" (or no condition); each bad value is refused with a
 * message starting with the field's name. CPU is a percentage of one core, the "%" optional: "50%" is half a core,
 * "150%" one and a half cores (no fractions of cores, so "1.5" is refused).
 */
public final class IsolationText {

    public static final Duration IDLE_MAX = Duration.ofDays(1);
    public static final Duration WAIT_MAX = Duration.ofDays(7);
    private static final int CPU_MAX = 100_000;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    private IsolationText() {
    }

    /** Whether the text clears the field: empty or "none". */
    public static boolean isNone(String text) {
        return text == null || text.isBlank() || text.strip().equalsIgnoreCase("none");
    }

    /** Bytes for "500M", "2G", "64K"; null for none. */
    public static Long size(String field, String text) {
        if (isNone(text)) {
            return null;
        }
        try {
            return ByteSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
    }

    /** Percent of one core for "50%" or "150"; null for none. */
    public static Integer cpuPercent(String field, String text) {
        if (isNone(text)) {
            return null;
        }
        String digits = text.strip();
        digits = digits.endsWith("%") ? digits.substring(0, digits.length() - 1).strip() : digits;
        int percent = wholeNumber(field, digits, "'" + text.strip() + "' is not a share of one core; write it like 50% (half a core)"
                + " or 200% (two cores)");
        if (percent > CPU_MAX) {
            throw new ValidationException(field + ": at most " + CPU_MAX + "%");
        }
        return percent;
    }

    /** A count of processes or open files; null for none. */
    public static Integer count(String field, String text) {
        if (isNone(text)) {
            return null;
        }
        return wholeNumber(field, text.strip(), "'" + text.strip() + "' is not a whole number more than 0 (or none)");
    }

    public static SandboxMode sandbox(String field, String text) {
        if (text == null || text.isBlank()) {
            return SandboxMode.NONE;
        }
        try {
            return SandboxMode.fromWord(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field + ": '" + text.strip() + "' is not one of none, container, bwrap");
        }
    }

    /** A container image such as python:3.12-slim; null for none (derived from the environment's Python version). */
    public static String image(String field, String text) {
        if (isNone(text)) {
            return null;
        }
        String value = text.strip();
        if (value.length() > 255 || !value.matches("[A-Za-z0-9][A-Za-z0-9._/:@-]*")) {
            throw new ValidationException(field + ": '" + value + "' is not an image name such as python:3.12-slim");
        }
        return value;
    }

    /** "on" or "off" (true/false, yes/no alike). */
    public static boolean onOff(String field, String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new ValidationException(field + ": '" + text + "' is not on or off");
        };
    }

    /** "example.com" or "example.com:443" or "[::1]:22"; null for none. */
    public static String host(String field, String text) {
        if (isNone(text)) {
            return null;
        }
        String value = text.strip();
        int colon = value.lastIndexOf(':');
        boolean hasPort = colon > 0 && (value.startsWith("[") ? value.charAt(colon - 1) == ']' : value.indexOf(':') == colon);
        String name = hasPort ? value.substring(0, colon) : value;
        if (!HOST.matcher(name).matches() || name.length() > 253) {
            throw new ValidationException(field + ": '" + value + "' is not a host name; write it like example.com or example.com:443");
        }
        if (hasPort) {
            String port = value.substring(colon + 1);
            if (!port.matches("[0-9A-Za-z]*")) {
                throw new ValidationException(field + ": '" + value + "' is not a host name; write it like example.com or example.com:443");
            }
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new ValidationException(field + ": '" + port + "' is not a port between 1 and 65535");
            }
        }
        return value;
    }

    /** Seconds the computer must have been idle, from "10m"; null for none (or 0). */
    public static Long idleSeconds(String field, String text) {
        if (isNone(text) || text.strip().equals("0")) {
            return null;
        }
        return Durations.parseAtMost(field, text, IDLE_MAX).toSeconds();
    }

    /** Seconds to wait for the conditions, from "30m"; 0 (skip at once) for none or 0. */
    public static long waitSeconds(String field, String text) {
        if (isNone(text) || text.strip().equals("0")) {
            return 0;
        }
        return Durations.parseAtMost(field, text, WAIT_MAX).toSeconds();
    }

    /** "10m" for 600 seconds; empty for none. */
    public static String duration(Long seconds) {
        return seconds == null || seconds <= 0 ? "" : Durations.format(Duration.ofSeconds(seconds));
    }

    private static int wholeNumber(String field, String digits, String notANumber) {
        if (!digits.matches("\\d{1,9}")) {
            throw new ValidationException(field + ": " + notANumber);
        }
        int value = Integer.parseInt(digits);
        if (value <= 0) {
            throw new ValidationException(field + ": must be more than 0 (or none for no limit)");
        }
        return value;
    }
}
