package io.kumo.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line per task, grouped by task in SQL; each task's latest run is then read by its key (task, scheduled time),
 * one index lookup per task.
 */
final class TaskFigures {

    private final ReportRows rows;

    TaskFigures(ReportRows rows) {
        this.rows = rows;
    }

    List<Report.TaskLine> lines(RunFilter filter, ReportSelection selection) {
        record Group(long taskId, String runName, long runs, long succeeded, long failed, Double p50, Double p95, Long max,
                     long cpuMillis, Long peakRss, long lastScheduled) {
        }
        List<Group> groups = rows.query("SELECT task_id, MAX(task_name), COUNT(*), " + RunSql.count("status = 'SUCCESS'") + ", "
                + RunSql.count(RunSql.NOT_SUCCEEDED) + ", " + RunSql.percentile(0.5) + ", " + RunSql.percentile(0.95) + ", "
                + "MAX(" + RunSql.DURATION + "), COALESCE(SUM(cpu_millis), 0), MAX(peak_rss), MAX(scheduled_for) FROM runs"
                + filter.where() + " GROUP BY task_id", row -> new Group(row.getLong(1), row.getString(2), row.getLong(3),
                row.getLong(4), row.getLong(5), ReportRows.doubleOrNull(row, 6), ReportRows.doubleOrNull(row, 7),
                ReportRows.longOrNull(row, 8), row.getLong(9), ReportRows.longOrNull(row, 10), row.getLong(11)));
        List<Report.TaskLine> lines = new ArrayList<>();
        List<LastRun> lastRuns = lastRuns(groups.stream().map(group -> new long[] {group.taskId(), group.lastScheduled()}).toList());
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            SelectedTask task = selection.tasks().get(group.taskId());
            long finished = group.succeeded() + group.failed();
            lines.add(new Report.TaskLine(group.taskId(), task == null ? group.runName() : task.name(),
                    task == null ? null : task.project(), group.runs(), group.succeeded(), group.failed(),
                    finished == 0 ? null : (double) group.succeeded() / finished, millis(group.p50()), millis(group.p95()),
                    group.max() == null ? null : Duration.ofMillis(group.max()), group.cpuMillis() / 1000.0, group.peakRss(),
                    lastRuns.get(i).at(), lastRuns.get(i).status()));
        }
        lines.sort(Comparator.comparing(Report.TaskLine::taskName).thenComparing(Report.TaskLine::taskId));
        return lines;
    }

    private record LastRun(Instant at, String status) {
    }

    private List<LastRun> lastRuns(List<long[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return rows.withConnection(connection -> {
            List<LastRun> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COALESCE(started_at, scheduled_for), status FROM runs WHERE task_id = ? AND scheduled_for = ?")) {
                for (long[] key : keys) {
                    select.setLong(1, key[0]);
                    select.setLong(2, key[1]);
                    try (ResultSet row = select.executeQuery()) {
                        found.add(row.next() ? new LastRun(Instant.ofEpochMilli(row.getLong(1)), row.getString(2))
                                : new LastRun(Instant.ofEpochMilli(key[1]), null));
                    }
                }
            }
            return found;
        });
    }

    static Duration millis(Double value) {
        return value == null ? null : Duration.ofMillis(Math.round(value));
    }

    static Duration millis(ResultSet row, int column) throws SQLException {
        return millis(ReportRows.doubleOrNull(row, column));
    }
}
