package io.kumo.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reports built by hand, as the writers and the scheduler's tests need them. */
public final class SampleReports {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Instant FROM = Instant.parse("2026-10-31T23:00:00Z");
    public static final Instant TO = Instant.parse("2026-11-30T23:00:00Z");

    private SampleReports() {
    }

    /** Two tasks (one with a non-Latin name), one error group, three days. */
    public static Report small() {
        List<Report.TaskLine> tasks = List.of(
                task(1, "nightly-crawl", "shop", 40, 38, 2),
                task(2, "Ежедневный отчёт 日報", "finance", 20, 20, 0));
        return report(tasks);
    }

    /** {@code count} tasks named "task-0001"...; for pagination. */
    public static Report withTasks(int count) {
        List<Report.TaskLine> tasks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tasks.add(task(i, "task-%04d".formatted(i), "bulk", 10, 9, 1));
        }
        return report(tasks);
    }

    private static Report report(List<Report.TaskLine> tasks) {
        long runs = tasks.stream().mapToLong(Report.TaskLine::runs).sum();
        long succeeded = tasks.stream().mapToLong(Report.TaskLine::succeeded).sum();
        long failed = tasks.stream().mapToLong(Report.TaskLine::failed).sum();
        Report.Summary summary = new Report.Summary(runs, succeeded, failed, 1, 0, (double) succeeded / (succeeded + failed),
                Duration.ofMinutes(95), Duration.ofSeconds(42), Duration.ofSeconds(130), 321.5);
        List<Report.FailureGroup> failures = List.of(new Report.FailureGroup("abc123", "KeyError", "'price'",
                "spider.py:42 in parse", 2, FROM.plus(Duration.ofDays(3)), FROM.plus(Duration.ofDays(9)),
                List.of(tasks.getFirst().taskName())));
        List<Report.DayLine> days = List.of(
                new Report.DayLine(LocalDate.of(2026, 11, 1), 20, 19, 1, Duration.ofSeconds(40)),
                new Report.DayLine(LocalDate.of(2026, 11, 2), 25, 25, 0, Duration.ofSeconds(44)),
                new Report.DayLine(LocalDate.of(2026, 11, 3), 15, 14, 1, Duration.ofSeconds(41)));
        return new Report(new ReportQuery(FROM, TO, null, null, Set.of(), ZONE), Instant.parse("2026-12-01T07:00:00Z"),
                "Kumo report 2026-11-01 – 2026-11-30", "all tasks", summary, tasks, failures, days);
    }

    private static Report.TaskLine task(long id, String name, String project, long runs, long succeeded, long failed) {
        return new Report.TaskLine(id, name, project, runs, succeeded, failed, (double) succeeded / (succeeded + failed),
                Duration.ofSeconds(42), Duration.ofSeconds(130), Duration.ofSeconds(200), 12.5, 256L * 1024 * 1024,
                Instant.parse("2026-11-30T06:00:00Z"), failed > 0 ? "FAILED" : "SUCCESS");
    }
}
