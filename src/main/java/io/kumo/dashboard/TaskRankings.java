package io.kumo.dashboard;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.util.List;

/**
 * The dashboard's top tasks (by runs, by failures, by CPU time) and the spread of run durations since an instant, for
 * the task runs the dashboard's filter keeps (its SQL condition on {@code task_id}).
 */
final class TaskRankings {

    static final int TOP = 10;
    /** Upper bounds of the duration buckets in milliseconds; the last bucket is open. */
    private static final long[] BOUNDS = {1_000, 10_000, 60_000, 300_000, 1_800_000};
    private static final List<String> LABELS = List.of("< 1 s", "1–10 s", "10–60 s", "1–5 min", "5–30 min", "> 30 min");
    private static final String FAILED = "'FAILED','TIMEOUT','INTERRUPTED'";
    private static final String TIMED = "started_at IS NOT NULL AND ended_at IS NOT NULL AND status IN ('SUCCESS'," + FAILED + ")";

    private final Database database;

    TaskRankings(Database database) {
        this.database = database;
    }

    DashboardSnapshot.Rankings since(long from, String filter) {
        String window = database.dialect().useIndex("ix_runs_day_figures") + " WHERE scheduled_for >= " + from + filter;
        return new DashboardSnapshot.Rankings(
                top("COUNT(*)", window + " AND status NOT IN ('SKIPPED','MISSED')"),
                top("COUNT(*)", window + " AND status IN (" + FAILED + ")"),
                top("SUM(cpu_millis)", window + " AND cpu_millis > 0"),
                durations(window + " AND " + TIMED));
    }

    private List<DashboardSnapshot.RankedTask> top(String measure, String where) {
        return query("SELECT r.task_id, t.name, r.v FROM (SELECT task_id, " + measure + " AS v FROM runs" + where
                + " GROUP BY task_id) r LEFT JOIN tasks t ON t.id = r.task_id ORDER BY r.v DESC, t.name LIMIT " + TOP).stream()
                .map(row -> new DashboardSnapshot.RankedTask(Long.parseLong(row[0]), row[1] == null ? "(deleted task)" : row[1],
                        Long.parseLong(row[2]))).toList();
    }

    private List<DashboardSnapshot.DurationBucket> durations(String where) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i <= BOUNDS.length; i++) {
            String lower = i == 0 ? "" : "ended_at - started_at >= " + BOUNDS[i - 1];
            String upper = i == BOUNDS.length ? "" : "ended_at - started_at < " + BOUNDS[i];
            String condition = lower.isEmpty() ? upper : upper.isEmpty() ? lower : lower + " AND " + upper;
            sql.append(i == 0 ? "" : ", ").append("COALESCE(SUM(CASE WHEN ").append(condition).append(" THEN 1 ELSE 0 END), 0)");
        }
        String[] row = query(sql.append(" FROM runs").append(where).toString()).getFirst();
        return java.util.stream.IntStream.range(0, LABELS.size())
                .mapToObj(i -> new DashboardSnapshot.DurationBucket(LABELS.get(i), Long.parseLong(row[i]))).toList();
    }

    private List<String[]> query(String sql) {
        return StoreException.unchecked(() -> database.runs().queryRaw(sql).getResults());
    }
}
