package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.insights.trends.DayTrend;
import io.kumo.insights.trends.RunFigures;
import io.kumo.insights.trends.TaskInsights;
import io.kumo.json.TaskInsightsJson;
import io.kumo.insights.trends.VersionSegment;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo task insights NAME [--days 30] [--json]}: the task's trends and how each saved version of its script ran. */
@Command(name = "insights", description = "Show a task's trends: runs, success rate, p50/p95 duration, CPU time and peak "
        + "memory per day, and per saved version of its script.")
final class TaskInsightsCommand implements Callable<Integer> {

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--days", defaultValue = "30", description = "7, 30, 90, or 0 for the whole history (default 30).") int days;
    @Option(names = "--json") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        KumoCore core = TaskCommand.access(spec).core();
        Task task = TaskCommand.find(core, name);
        TaskInsights insights = core.taskInsights().insights(task.getId(), days, ZoneId.systemDefault()).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(TaskInsightsJson.of(insights)));
            return ExitCodes.OK;
        }
        out.println("Task '" + insights.taskName() + "', " + (days == 0 ? "all its history" : "the last " + days + " days")
                + " (" + insights.zone().getId() + ")");
        out.println("Overall: " + summary(insights.overall()));
        out.printf("%n%-10s %5s %5s %6s %8s %9s %9s %9s %9s%n", "Day", "Runs", "OK", "Failed", "Success", "p50", "p95", "CPU", "Peak mem");
        for (DayTrend day : insights.perDay()) {
            RunFigures f = day.figures();
            if (f.runs() > 0) {
                out.printf("%-10s %5d %5d %6d %8s %9s %9s %9s %9s%n", day.day(), f.runs(), f.succeeded(), f.failed(),
                        rate(f.successRate()), duration(f.p50Millis()), duration(f.p95Millis()), seconds(f.cpuSeconds()),
                        memory(f.maxPeakRss()));
            }
        }
        if (insights.script() == null) {
            out.println("\nNo script of the task's project found in its command: no versions to compare.");
        } else if (!insights.segments().isEmpty()) {
            out.printf("%nVersions of %s:%n%-18s %5s %9s %9s %8s %9s%n", insights.script(), "Since", "Runs", "p50", "p95", "Success", "Mean CPU");
            for (VersionSegment segment : insights.segments()) {
                RunFigures f = segment.figures();
                out.printf("%-18s %5d %9s %9s %8s %9s%s%n", segment.since() == null ? "(earlier)"
                        : SAVED.format(segment.since().atZone(insights.zone())), f.runs(), duration(f.p50Millis()),
                        duration(f.p95Millis()), rate(f.successRate()), f.meanCpuSeconds() < 0 ? "-" : seconds(f.meanCpuSeconds()),
                        segment.slower() ? "  slower since this edit" : "");
            }
        }
        return ExitCodes.OK;
    }

    private static String summary(RunFigures f) {
        return f.runs() + " runs, " + f.succeeded() + " succeeded, " + f.failed() + " failed, success " + rate(f.successRate())
                + ", p50 " + duration(f.p50Millis()) + ", p95 " + duration(f.p95Millis()) + ", CPU " + seconds(f.cpuSeconds())
                + ", peak memory " + memory(f.maxPeakRss());
    }

    private static String rate(double rate) {
        return rate < 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    private static String duration(long millis) {
        return millis < 0 ? "-" : seconds(millis / 1000.0);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String memory(long bytes) {
        return bytes <= 0 ? "-" : String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
