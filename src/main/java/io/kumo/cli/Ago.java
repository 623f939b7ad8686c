package io.kumo.cli;

import java.time.Duration;
import java.time.Instant;

/** How long ago, as a table shows it: "3 s ago", "5 min ago", "2 h ago", "4 d ago"; "-" for never. */
final class Ago {

    private Ago() {
    }

    static String of(Instant then, Instant now) {
        if (then == null) {
            return "-";
        }
        Duration elapsed = Duration.between(then, now);
        if (elapsed.isNegative()) {
            return "just now"; // another machine's clock a little ahead
        }
        long seconds = elapsed.toSeconds();
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86400) {
            return seconds / 3600 + " h ago";
        }
        return seconds / 86400 + " d ago";
    }
}
