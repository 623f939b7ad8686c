package io.kumo.conditions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux desktops: GNOME's Mutter idle monitor (milliseconds), else the freedesktop screensaver's session idle time
 * (seconds, as its specification says), both over D-Bus through {@code gdbus}; else {@code xprintidle} (milliseconds).
 * Without a desktop session none answers and the idle time is unknown.
 */
final class LinuxIdleProbe implements IdleProbe {

    static final List<String> MUTTER = List.of("gdbus", "call", "--session", "--dest", "org.gnome.Mutter.IdleMonitor",
            "--object-path", "/org/gnome/Mutter/IdleMonitor/Core", "--method", "org.gnome.Mutter.IdleMonitor.GetIdletime");
    static final List<String> SCREENSAVER = List.of("gdbus", "call", "--session", "--dest", "org.freedesktop.ScreenSaver",
            "--object-path", "/org/freedesktop/ScreenSaver", "--method", "org.freedesktop.ScreenSaver.GetSessionIdleTime");
    static final List<String> XPRINTIDLE = List.of("xprintidle");
    /** gdbus prints a tuple such as {@code (uint64 12345,)}. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private final Programs programs;
    private final Duration timeout;

    LinuxIdleProbe(Programs programs, Duration timeout) {
        this.programs = programs;
        this.timeout = timeout;
    }

    @Override
    public Optional<Duration> idle() {
        return number(MUTTER, "uint64").map(Duration::ofMillis)
                .or(() -> number(SCREENSAVER, "uint32").map(Duration::ofSeconds))
                .or(() -> number(XPRINTIDLE, "").map(Duration::ofMillis));
    }

    private Optional<Long> number(List<String> command, String after) {
        return programs.output(command, timeout).flatMap(output -> parse(output, after));
    }

    static Optional<Long> parse(String output, String after) {
        int from = after.isEmpty() ? 0 : output.indexOf(after);
        if (from < 0) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(output.substring(from + after.length()));
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
