package io.kumo.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fires of one task the scheduler found late in one pass (after a stall, a suspend or a restart): the oldest, the
 * newest ones (at most a bound, oldest first), the newest that did not fit in that bound, and how many in all.
 */
public record LateFires(Instant first, List<Instant> newest, Instant lastDropped, long total) {

    public LateFires {
        newest = List.copyOf(newest);
    }

    /** The newest {@code count} late fires (at most those kept), oldest first. */
    public List<Instant> newest(int count) {
        return newest.subList(newest.size() - Math.min(count, newest.size()), newest.size());
    }

    /** The late fires before the newest {@code count}, as one gap; empty when there are none. */
    public Optional<MissedGap> before(int count) {
        int kept = Math.min(count, newest.size());
        long older = total - kept;
        if (older <= 0) {
            return Optional.empty();
        }
        Instant last = kept < newest.size() ? newest.get(newest.size() - kept - 1) : lastDropped;
        return Optional.of(new MissedGap(first, last, older));
    }
}
