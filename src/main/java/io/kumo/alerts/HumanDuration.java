package io.kumo.alerts;

import java.time.Duration;

/** A duration as people write it: its two largest units, zero parts left out ("4m 10s", "12m", "1h 5m", "2d 3h"). */
public final class HumanDuration {

    private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};
    private static final String[] UNIT_NAMES = {"d", "h", "m", "s"};

    private HumanDuration() {
    }

    /** "4m 10s"; under a second "0s"; null gives "". */
    public static String format(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.getSeconds());
        for (int unit = 0; unit < UNIT_SECONDS.length - 1; unit++) {
            if (seconds >= UNIT_SECONDS[unit]) {
                long major = seconds / UNIT_SECONDS[unit];
                long minor = seconds % UNIT_SECONDS[unit] / UNIT_SECONDS[unit + 1];
                return major + UNIT_NAMES[unit] + (minor > 0 ? " " + minor + UNIT_NAMES[unit + 1] : "");
            }
        }
        return seconds + "s";
    }
}
