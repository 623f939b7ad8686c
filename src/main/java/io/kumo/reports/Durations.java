package io.kumo.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** Run durations in milliseconds, collected in a growing array, and their percentiles. */
final class Durations {

    private long[] values = new long[16];
    private int size;
    private boolean sorted = true;

    void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
        sorted = false;
    }

    void addAll(Durations other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
        sorted = false;
    }

    int size() {
        return size;
    }

    long sum() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    /**
     * The {@code fraction} percentile interpolated between the two nearest values, as SQL's PERCENTILE_CONT computes
     * it (in decimals, so 0.95 × (n − 1) lands on a whole index where it should); null without values.
     */
    Double percentile(double fraction) {
        if (size == 0) {
            return null;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        BigDecimal position = BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(size - 1L));
        int below = position.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal part = position.subtract(BigDecimal.valueOf(below));
        if (part.signum() == 0) {
            return (double) values[below];
        }
        long low = values[below];
        long high = values[below + 1];
        return BigDecimal.valueOf(low).add(part.multiply(BigDecimal.valueOf(high - low))).doubleValue();
    }
}
