package io.kumo.engine;

import io.kumo.domain.RunStatus;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-task figures for the task table, aggregated in SQL (three grouped queries, the two over history reading only the
 * covering index, whatever the number of runs): last finished run, success rate since a given instant, and runs in
 * progress.
 */
public final class TaskSummaries {

    /**
     * The index (scheduled_for, status, task_id, …) holds every column the counts and the last-run search read: H2
     * chose the status indexes instead and fetched each run's row for its task id, 9 s and 15 s over 100,000 runs
     * with a cold cache against 0.9 s and 1.3 s when it reads the index alone (ScaleBenchmark).
     */
    private static final String COVERING = "ix_runs_day_figures";

    private final Database database;

    public TaskSummaries(Database database) {
        this.database = database;
    }

    public Map<Long, TaskSummary> since(Instant from) {
        Map<Long, long[]> counts = new HashMap<>();
        query("SELECT task_id, COUNT(*), SUM(CASE WHEN status = 'SUCCESS' THEN 1 ELSE 0 END) FROM runs" + database.dialect().useIndex(COVERING)
                + " WHERE status IN ('SUCCESS','FAILED','TIMEOUT','INTERRUPTED') AND scheduled_for >= " + from.toEpochMilli()
                + " GROUP BY task_id")
                .forEach(row -> counts.put(Long.parseLong(row[0]), new long[] {Long.parseLong(row[1]), Long.parseLong(row[2])}));
        Map<Long, Long> running = new HashMap<>();
        query("SELECT task_id, COUNT(*) FROM runs WHERE status IN ('RUNNING','QUEUED') GROUP BY task_id")
                .forEach(row -> running.put(Long.parseLong(row[0]), Long.parseLong(row[1])));
        Map<Long, TaskSummary> summaries = new HashMap<>();
        query("SELECT r.task_id, r.status, COALESCE(r.started_at, r.scheduled_for) FROM runs r JOIN ("
                + "SELECT task_id, MAX(scheduled_for) AS last FROM runs" + database.dialect().useIndex(COVERING) + " WHERE status IN ('SUCCESS','FAILED','TIMEOUT',"
                + "'STOPPED','INTERRUPTED') GROUP BY task_id) l ON r.task_id = l.task_id AND r.scheduled_for = l.last")
                .forEach(row -> {
                    long taskId = Long.parseLong(row[0]);
                    long[] count = counts.getOrDefault(taskId, new long[2]);
                    summaries.put(taskId, new TaskSummary(taskId, RunStatus.valueOf(row[1]),
                            Instant.ofEpochMilli(Long.parseLong(row[2])), count[0], count[1], running.getOrDefault(taskId, 0L)));
                });
        running.forEach((taskId, count) -> summaries.putIfAbsent(taskId, new TaskSummary(taskId, null, null, 0, 0, count)));
        return summaries;
    }

    private List<String[]> query(String sql) {
        return StoreException.unchecked(() -> database.runs().queryRaw(sql).getResults());
    }
}
