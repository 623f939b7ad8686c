package io.kumo.alerts;

import java.time.Duration;
import java.util.Optional;

/** When to try a delivery again. Contract stub: the `rules` engineer fills it. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} failed ones (10 s, 30 s, 2 min, 10 min, 30 min),
     * at least the server's {@code retryAfter} (null when it gave none), at most 1 h; empty when it is time to give up.
     */
    public static Optional<Duration> next(int attemptsMade, Duration retryAfter) {
        throw new UnsupportedOperationException();
    }
}
