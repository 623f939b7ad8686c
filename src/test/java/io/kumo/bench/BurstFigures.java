package io.kumo.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures of one burst: when its first and last process started (ms after the instant all were due), the
 * lateness percentiles, how many started within the target, and fires lost or started twice.
 */
final class BurstFigures {

    static final double TARGET_MILLIS = 250;

    private final List<Double> lateness = new ArrayList<>();
    private final Set<Long> tasks = new HashSet<>();
    private final int expected;
    private int twice;

    BurstFigures(int expected) {
        this.expected = expected;
    }

    /** One started fire of task {@code taskId}, {@code lateMillis} after the burst's instant. */
    void started(long taskId, double lateMillis) {
        if (!tasks.add(taskId)) {
            twice++;
        }
        lateness.add(lateMillis);
    }

    @Override
    public String toString() {
        List<Double> sorted = new ArrayList<>(lateness);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return String.format("started 0/%d  lost %d", expected, expected);
        }
        long within = sorted.stream().filter(value -> value <= TARGET_MILLIS).count();
        return String.format("started %d/%d  first %.1f ms  last %.1f ms  p50 %.2f ms  p99 %.2f ms  within %.0f ms %d/%d  lost %d  twice %d",
                sorted.size(), expected, sorted.getFirst(), sorted.getLast(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                TARGET_MILLIS, within, expected, expected - tasks.size(), twice);
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(sorted.size() * fraction) - 1)));
    }
}
