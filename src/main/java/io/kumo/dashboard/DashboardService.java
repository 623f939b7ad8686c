package io.kumo.dashboard;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, aggregated in SQL over the scheduled-time index: the days are bucketed by a CASE over
 * day boundaries computed in the user's time zone (exact across daylight-saving changes), so no run row ever
 * reaches Java. A project filter narrows every figure to that project's tasks.
 */
public final class DashboardService {

    private static final int DAYS = 14;
    private static final int RATE_DAYS = 7;
    private static final String FAILED = "'FAILED','TIMEOUT','INTERRUPTED'";
    /** A workflow step's attempts have negative task ids: their workflow run is counted instead. */
    private static final String TASK_RUNS = " AND task_id >= 0";

    private final Database database;

    public DashboardService(Database database) {
        this.database = database;
    }

    public DashboardSnapshot snapshot(Long projectId, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> days = new ArrayList<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        long from = days.getFirst().atStartOfDay(zone).toInstant().toEpochMilli();
        long todayStart = today.atStartOfDay(zone).toInstant().toEpochMilli();
        String taskProject = projectId == null ? "" : " WHERE project_id = " + projectId;
        // the project's task ids spelled out: H2 then ranges over the runs index per task instead of the whole history
        String project = projectId == null ? TASK_RUNS : " AND task_id IN (" + String.join(",", query("SELECT id FROM tasks"
                + taskProject).stream().map(row -> row[0]).toList()) + ")";
        if (project.endsWith("()")) {
            project = " AND FALSE";
        }

        String[] taskCounts = first("SELECT COUNT(*), COALESCE(SUM(CASE WHEN enabled THEN 1 ELSE 0 END), 0) FROM tasks" + taskProject);
        long running = number(first("SELECT COUNT(*) FROM runs" + hint("ix_runs_status_scheduled") + " WHERE status = 'RUNNING'"
                + project)[0]);
        long failedToday = number(first("SELECT COUNT(*) FROM runs" + hint("ix_runs_day_figures") + " WHERE status IN (" + FAILED
                + ") AND scheduled_for >= "
                + todayStart + project)[0]);

        Map<Integer, long[]> perDay = new HashMap<>();
        for (String[] row : query("SELECT " + dayIndex(days, zone) + " AS d, "
                + "SUM(CASE WHEN status = 'SUCCESS' THEN 1 ELSE 0 END), SUM(CASE WHEN status IN (" + FAILED + ") THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ended_at IS NOT NULL AND started_at IS NOT NULL AND status IN ('SUCCESS'," + FAILED + ") "
                + "THEN ended_at - started_at ELSE 0 END), "
                + "SUM(CASE WHEN ended_at IS NOT NULL AND started_at IS NOT NULL AND status IN ('SUCCESS'," + FAILED + ") THEN 1 ELSE 0 END) "
                + "FROM runs" + hint("ix_runs_day_figures") + " WHERE scheduled_for >= " + from + project + " GROUP BY d")) {
            perDay.put(Integer.parseInt(row[0]), new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])});
        }
        List<DashboardSnapshot.DayCount> counts = new ArrayList<>();
        List<DashboardSnapshot.DayRate> rates = new ArrayList<>();
        List<DashboardSnapshot.DayDuration> durations = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            long[] figures = perDay.getOrDefault(i, new long[4]);
            counts.add(new DashboardSnapshot.DayCount(days.get(i), figures[0], figures[1]));
            durations.add(new DashboardSnapshot.DayDuration(days.get(i), figures[3] == 0 ? -1 : figures[2] / 1000.0 / figures[3]));
            if (i >= DAYS - RATE_DAYS) {
                long finished = figures[0] + figures[1];
                rates.add(new DashboardSnapshot.DayRate(days.get(i), finished == 0 ? -1 : (double) figures[0] / finished, finished));
            }
        }
        long rateFrom = days.get(DAYS - RATE_DAYS).atStartOfDay(zone).toInstant().toEpochMilli();
        List<DashboardSnapshot.FailingTask> failing = query("SELECT f.task_id, t.name, f.failures FROM (SELECT task_id, COUNT(*) AS "
                + "failures FROM runs" + hint("ix_runs_day_figures") + " WHERE status IN (" + FAILED + ") AND scheduled_for >= "
                + rateFrom + project + " GROUP BY task_id) f LEFT JOIN tasks t ON t.id = f.task_id "
                + "ORDER BY f.failures DESC, t.name LIMIT 5").stream()
                .map(row -> new DashboardSnapshot.FailingTask(number(row[0]), row[1] == null ? "(deleted task)" : row[1],
                        number(row[2]))).toList();
        List<DashboardSnapshot.RunningRun> runningNow = query("SELECT id, task_name, COALESCE(started_at, scheduled_for) FROM runs"
                + hint("ix_runs_status_scheduled") + " WHERE status = 'RUNNING'" + project + " ORDER BY 3").stream()
                .map(row -> new DashboardSnapshot.RunningRun(number(row[0]), row[1], Instant.ofEpochMilli(number(row[2])))).toList();
        return new DashboardSnapshot(new DashboardSnapshot.Cards(number(taskCounts[0]), number(taskCounts[1]), running, failedToday),
                counts, rates, failing, durations, runningNow, workflowFigures(todayStart, rateFrom),
                new TaskRankings(database).since(rateFrom, project));
    }

    /** Workflow runs since the start of the 7 days, and the running ones, in one pass over {@code workflow_runs}. */
    private DashboardSnapshot.WorkflowFigures workflowFigures(long todayStart, long weekStart) {
        String counted = "status NOT IN ('SKIPPED','MISSED')";
        String[] row = first("SELECT "
                + "COALESCE(SUM(CASE WHEN scheduled_for >= " + todayStart + " AND " + counted + " THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN scheduled_for >= " + weekStart + " AND " + counted + " THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN scheduled_for >= " + weekStart + " AND status IN (" + FAILED + ") THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN scheduled_for >= " + weekStart + " AND status = 'SUCCESS' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN status = 'RUNNING' THEN 1 ELSE 0 END), 0) "
                + "FROM workflow_runs WHERE scheduled_for >= " + weekStart + " OR status = 'RUNNING'");
        long failed = number(row[2]);
        long succeeded = number(row[3]);
        return new DashboardSnapshot.WorkflowFigures(number(row[0]), number(row[1]), failed,
                failed + succeeded == 0 ? -1 : (double) succeeded / (failed + succeeded), number(row[4]));
    }

    /** {@code CASE WHEN scheduled_for < <day 1 start> THEN 0 WHEN ... ELSE 13 END}: the index of a run's local day. */
    private static String dayIndex(List<LocalDate> days, ZoneId zone) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < days.size(); i++) {
            sql.append(" WHEN scheduled_for < ").append(days.get(i).atStartOfDay(zone).toInstant().toEpochMilli())
                    .append(" THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(days.size() - 1).append(" END").toString();
    }

    private String hint(String index) {
        return database.dialect().useIndex(index);
    }

    private String[] first(String sql) {
        return query(sql).getFirst();
    }

    private List<String[]> query(String sql) {
        return StoreException.unchecked(() -> database.runs().queryRaw(sql).getResults());
    }

    private static long number(String text) {
        return text == null ? 0 : Long.parseLong(text);
    }
}
