package io.kumo.testkit;

import java.time.Duration;
import java.util.List;

/** p50, p99 and max of how late fires started (started_at minus scheduled_for), in milliseconds. */
public record Lateness(int count, long p50, long p99, long max) {

    public static Lateness of(List<Duration> lateness) {
        List<Long> millis = lateness.stream().map(Duration::toMillis).sorted().toList();
        if (millis.isEmpty()) {
            return new Lateness(0, -1, -1, -1);
        }
        int p99 = (int) Math.ceil(millis.size() * 0.99) - 1;
        return new Lateness(millis.size(), millis.get((millis.size() - 1) / 2), millis.get(p99), millis.getLast());
    }

    @Override
    public String toString() {
        return count == 0 ? "no runs started" : "over %d runs: p50 %d ms, p99 %d ms, max %d ms".formatted(count, p50, p99, max);
    }
}
