package io.kumo.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most N messages per channel in any minute (a sliding window). Pure, one per channel, used by one thread; every
 * time comes from the caller.
 */
public final class StormGuard {

    /** The window's length. */
    public static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Deque<Instant> admitted = new ArrayDeque<>();

    public StormGuard(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** True when a message may go now (and counts it); false when it belongs in the next digest. */
    public boolean admit(Instant now) {
        forgetBefore(now);
        if (admitted.size() >= perMinute) {
            return false;
        }
        admitted.addLast(now);
        return true;
    }

    /** When the oldest message of the window leaves it: the earliest a digest may be sent ({@code now} when there is room). */
    public Instant nextSlot(Instant now) {
        forgetBefore(now);
        return admitted.size() < perMinute ? now : admitted.peekFirst().plus(WINDOW);
    }

    /** Messages admitted at least a window ago no longer count. */
    private void forgetBefore(Instant now) {
        Instant windowStart = now.minus(WINDOW);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(windowStart)) {
            admitted.removeFirst();
        }
    }
}
