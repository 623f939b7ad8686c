package io.kumo.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One line per task, from the tasks' tallies; each task's latest run is then read by its key (task, scheduled time),
 * one index lookup per task. A task deleted since goes by the name its latest run recorded.
 */
final class TaskFigures {

    private final ReportRows rows;

    TaskFigures(ReportRows rows) {
        this.rows = rows;
    }

    List<Report.TaskLine> lines(RunTally tally, ReportSelection selection) {
        List<Map.Entry<Long, TaskTally>> tasks = List.copyOf(tally.tasks.entrySet());
        List<LastRun> lastRuns = lastRuns(tasks.stream().map(entry -> new long[] {entry.getKey(), entry.getValue().lastScheduled})
                .toList());
        List<Report.TaskLine> lines = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            long taskId = tasks.get(i).getKey();
            TaskTally figures = tasks.get(i).getValue();
            SelectedTask task = selection.tasks().get(taskId);
            long failed = figures.failed + figures.timedOut;
            long finished = figures.succeeded + failed;
            lines.add(new Report.TaskLine(taskId, task == null ? lastRuns.get(i).taskName() : task.name(),
                    task == null ? null : task.project(), figures.runs, figures.succeeded, failed,
                    finished == 0 ? null : (double) figures.succeeded / finished, millis(figures.durations.percentile(0.5)),
                    millis(figures.durations.percentile(0.95)),
                    figures.maxDuration == null ? null : Duration.ofMillis(figures.maxDuration), figures.cpuMillis / 1000.0,
                    figures.peakRss, lastRuns.get(i).at(), lastRuns.get(i).status()));
        }
        lines.sort(Comparator.comparing(Report.TaskLine::taskName).thenComparing(Report.TaskLine::taskId));
        return lines;
    }

    private record LastRun(Instant at, String status, String taskName) {
    }

    private List<LastRun> lastRuns(List<long[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return rows.withConnection(connection -> {
            List<LastRun> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COALESCE(started_at, scheduled_for), status, task_name FROM runs WHERE task_id = ? AND scheduled_for = ?")) {
                for (long[] key : keys) {
                    select.setLong(1, key[0]);
                    select.setLong(2, key[1]);
                    try (ResultSet row = select.executeQuery()) {
                        found.add(row.next() ? new LastRun(Instant.ofEpochMilli(row.getLong(1)), row.getString(2), row.getString(3))
                                : new LastRun(Instant.ofEpochMilli(key[1]), null, "#" + key[0]));
                    }
                }
            }
            return found;
        });
    }

    static Duration millis(Double value) {
        return value == null ? null : Duration.ofMillis(Math.round(value));
    }
}
