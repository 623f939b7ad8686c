package io.kumo.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Percentiles of run durations by nearest rank: {@code sorted[ceil(p/100 · n) − 1]}, an observed value, never interpolated. */
public final class Percentile {

    /** Fewer samples than this say nothing about a task's usual duration. */
    public static final int MIN_SAMPLES = 5;
    /** Only the newest this many samples count. */
    public static final int MAX_SAMPLES = 30;

    private Percentile() {
    }

    /** The 95th percentile of the newest {@link #MAX_SAMPLES} durations (newest first); empty under {@link #MIN_SAMPLES}. */
    public static Optional<Duration> p95(List<Duration> newestFirst) {
        return nearestRank(newestFirst.stream().limit(MAX_SAMPLES).toList(), 95);
    }

    /** The {@code percent}th percentile by nearest rank; empty under {@link #MIN_SAMPLES} samples. */
    public static Optional<Duration> nearestRank(List<Duration> samples, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1..100, not " + percent);
        }
        List<Duration> sorted = samples.stream().filter(sample -> sample != null).sorted().toList();
        if (sorted.size() < MIN_SAMPLES) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
