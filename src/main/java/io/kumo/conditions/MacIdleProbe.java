package io.kumo.conditions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** macOS: {@code ioreg -c IOHIDSystem} prints {@code "HIDIdleTime" = N} in nanoseconds. */
final class MacIdleProbe implements IdleProbe {

    static final List<String> IOREG = List.of("ioreg", "-c", "IOHIDSystem");
    private static final Pattern HID_IDLE = Pattern.compile("\"HIDIdleTime\"\\s*=\\s*(\\d+)");

    private final Programs programs;
    private final Duration timeout;

    MacIdleProbe(Programs programs, Duration timeout) {
        this.programs = programs;
        this.timeout = timeout;
    }

    @Override
    public Optional<Duration> idle() {
        return programs.output(IOREG, timeout).flatMap(MacIdleProbe::parse);
    }

    static Optional<Duration> parse(String output) {
        Matcher matcher = HID_IDLE.matcher(output);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofNanos(Long.parseLong(matcher.group(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
