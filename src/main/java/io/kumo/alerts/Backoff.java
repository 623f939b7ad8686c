package io.kumo.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** When to try a delivery again: 10 s, 30 s, 2 min, 10 min, 30 min after the 1st…5th failure, then give up (6 attempts). */
public final class Backoff {

    /** The waits after the 1st, 2nd, … failed attempt. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30));
    /** Attempts in all, the first included. */
    public static final int MAX_ATTEMPTS = WAITS.size() + 1;
    /** The longest wait, whatever the server asks. */
    public static final Duration CAP = Duration.ofHours(1);

    private Backoff() {
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} failed ones (10 s, 30 s, 2 min, 10 min, 30 min),
     * at least the server's {@code retryAfter} (null when it gave none), at most 1 h; empty when it is time to give up.
     */
    public static Optional<Duration> next(int attemptsMade, Duration retryAfter) {
        if (attemptsMade < 1) {
            return Optional.of(Duration.ZERO); // nothing failed yet: the first attempt goes now
        }
        if (attemptsMade > WAITS.size()) {
            return Optional.empty();
        }
        Duration wait = WAITS.get(attemptsMade - 1);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return Optional.of(wait.compareTo(CAP) > 0 ? CAP : wait);
    }
}
