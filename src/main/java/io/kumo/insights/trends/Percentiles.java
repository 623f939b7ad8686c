package io.kumo.insights.trends;

import java.util.Arrays;

/** Nearest-rank percentiles of a handful of values (a task's durations in a window), sorted in memory. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it; -1 when there are none. */
    long at(double percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
