package io.kumo.conditions;

import java.time.Duration;

/** Waits and idle times as a user reads them: "45 s", "3 min", "2 h 5 min". */
public final class Minutes {

    private Minutes() {
    }

    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
