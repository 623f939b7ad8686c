package io.kumo.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report over a period and a selection of tasks: what every writer (CSV, Excel, PDF) and view shows. Durations are
 * of finished runs; {@code null} where no run had one.
 *
 * @param title      "Kumo report 2026-11-01 – 2026-11-30 · project shop"
 * @param selection  the selection in words ("all tasks", "project shop", "tag nightly")
 */
public record Report(ReportQuery query, Instant generatedAt, String title, String selection, Summary summary,
                     List<TaskLine> tasks, List<FailureGroup> failures, List<DayLine> days) {

    public Report {
        tasks = List.copyOf(tasks);
        failures = List.copyOf(failures);
        days = List.copyOf(days);
    }

    /** Totals over every selected run. {@code successRate} is 0..1 of finished runs, null when none finished. */
    public record Summary(long runs, long succeeded, long failed, long timedOut, long other, Double successRate,
                          Duration totalDuration, Duration p50, Duration p95, double cpuSeconds) {
    }

    /** One task's line. {@code lastStatus} is a RunStatus name. */
    public record TaskLine(long taskId, String taskName, String project, long runs, long succeeded, long failed,
                           Double successRate, Duration p50, Duration p95, Duration max, double cpuSeconds,
                           Long peakRssBytes, Instant lastRunAt, String lastStatus) {
    }

    /** One error group's failures within the period. {@code location} is "spider.py:42 in parse" or null. */
    public record FailureGroup(String fingerprint, String exceptionType, String message, String location, long count,
                               Instant firstSeen, Instant lastSeen, List<String> tasks) {

        public FailureGroup {
            tasks = List.copyOf(tasks);
        }
    }

    /** One day of the period, in the query's zone. */
    public record DayLine(LocalDate day, long runs, long succeeded, long failed, Duration p50) {
    }
}
