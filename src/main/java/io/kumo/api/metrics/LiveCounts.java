package io.kumo.api.metrics;

import io.kumo.domain.RunStatus;
import io.kumo.engine.RunStore;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures the gauges show (queued and running runs, enabled and paused tasks), read with two count queries and
 * kept for a second: a storm of scrapes, or the several gauges of one scrape, cost one read of the store a second.
 */
final class LiveCounts {

    /** What a scrape shows; NaN when the store could not be read. */
    record Figures(double queued, double running, double enabledTasks, double pausedTasks) {
        static final Figures UNKNOWN = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    static final Duration KEPT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(LiveCounts.class);

    private final RunStore runs;
    private final Database database;
    private final LongSupplier nanoTime;
    private Figures figures;
    private long readAt;

    LiveCounts(RunStore runs, Database database, LongSupplier nanoTime) {
        this.runs = runs;
        this.database = database;
        this.nanoTime = nanoTime;
    }

    synchronized Figures current() {
        long now = nanoTime.getAsLong();
        if (figures == null || now - readAt >= KEPT.toNanos()) {
            figures = read();
            readAt = now;
        }
        return figures;
    }

    private Figures read() {
        try {
            Map<RunStatus, Long> unfinished = runs.countByStatus(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING));
            List<String[]> rows = StoreException.unchecked(() -> database.tasks().queryRaw(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN enabled THEN 1 ELSE 0 END), 0) FROM tasks").getResults());
            long all = Long.parseLong(rows.getFirst()[0]);
            long enabled = Long.parseLong(rows.getFirst()[1]);
            return new Figures(unfinished.getOrDefault(RunStatus.QUEUED, 0L), unfinished.getOrDefault(RunStatus.RUNNING, 0L),
                    enabled, all - enabled);
        } catch (RuntimeException e) {
            LOG.warn("Metrics could not count runs and tasks: {}", e.getMessage());
            return Figures.UNKNOWN;
        }
    }
}
