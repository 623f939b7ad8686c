package io.kumo.json;

import io.kumo.reports.Report;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A report as {@code kumo report --json} prints it and the API answers it: durations in seconds, rates 0..1. */
public final class ReportJson {

    private ReportJson() {
    }

    public static Map<String, Object> of(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", report.title());
        json.put("selection", report.selection());
        json.put("from", Json.instant(report.query().from()));
        json.put("to", Json.instant(report.query().to()));
        json.put("zone", report.query().zone().getId());
        json.put("generated_at", Json.instant(report.generatedAt()));
        Report.Summary summary = report.summary();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("runs", summary.runs());
        totals.put("succeeded", summary.succeeded());
        totals.put("failed", summary.failed());
        totals.put("timed_out", summary.timedOut());
        totals.put("other", summary.other());
        totals.put("success_rate", summary.successRate());
        totals.put("total_duration_s", seconds(summary.totalDuration()));
        totals.put("p50_s", seconds(summary.p50()));
        totals.put("p95_s", seconds(summary.p95()));
        totals.put("cpu_s", summary.cpuSeconds());
        json.put("summary", totals);
        json.put("tasks", report.tasks().stream().map(ReportJson::task).toList());
        json.put("failures", report.failures().stream().map(ReportJson::failure).toList());
        json.put("days", report.days().stream().map(ReportJson::day).toList());
        return json;
    }

    private static Map<String, Object> task(Report.TaskLine task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task_id", task.taskId());
        json.put("task", task.taskName());
        json.put("project", task.project());
        json.put("runs", task.runs());
        json.put("succeeded", task.succeeded());
        json.put("failed", task.failed());
        json.put("success_rate", task.successRate());
        json.put("p50_s", seconds(task.p50()));
        json.put("p95_s", seconds(task.p95()));
        json.put("max_s", seconds(task.max()));
        json.put("cpu_s", task.cpuSeconds());
        json.put("peak_rss_bytes", task.peakRssBytes());
        json.put("last_run_at", Json.instant(task.lastRunAt()));
        json.put("last_status", task.lastStatus());
        return json;
    }

    private static Map<String, Object> failure(Report.FailureGroup failure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fingerprint", failure.fingerprint());
        json.put("exception_type", failure.exceptionType());
        json.put("message", failure.message());
        json.put("location", failure.location());
        json.put("count", failure.count());
        json.put("first_seen", Json.instant(failure.firstSeen()));
        json.put("last_seen", Json.instant(failure.lastSeen()));
        json.put("tasks", failure.tasks());
        return json;
    }

    private static Map<String, Object> day(Report.DayLine day) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", day.day().toString());
        json.put("runs", day.runs());
        json.put("succeeded", day.succeeded());
        json.put("failed", day.failed());
        json.put("p50_s", seconds(day.p50()));
        return json;
    }

    private static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }
}
