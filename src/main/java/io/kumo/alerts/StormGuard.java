package io.kumo.alerts;

import java.time.Instant;

/** At most N messages per channel in any minute. Pure; one per channel. Contract stub: the `rules` engineer fills it. */
public final class StormGuard {

    public StormGuard(int perMinute) {
    }

    /** True when a message may go now (and counts it); false when it belongs in the next digest. */
    public boolean admit(Instant now) {
        throw new UnsupportedOperationException();
    }

    /** When the oldest message of the window leaves it: the earliest a digest may be sent. */
    public Instant nextSlot(Instant now) {
        throw new UnsupportedOperationException();
    }
}
