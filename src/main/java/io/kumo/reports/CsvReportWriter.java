package io.kumo.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as one RFC 4180 CSV file (UTF-8 with a byte-order mark, so Excel reads it as UTF-8; CRLF line ends). Four
 * sections follow each other, separated by an empty line: summary, tasks, failures, days. The first field of every
 * record names its section, so a filter on the first column shows one section; each section's first record is its
 * header. Durations are in seconds, rates 0..1, instants ISO-8601 in the report's zone.
 */
public final class CsvReportWriter implements ReportWriter {

    private static final String BOM = "\uFEFF";

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ZoneId zone = report.query().zone();
        Report.Summary summary = report.summary();
        writer.write(BOM);
        record(writer, "summary", "title", "selection", "from", "to", "zone", "generated_at", "runs", "succeeded", "failed",
                "timed_out", "other", "success_rate", "total_duration_s", "p50_s", "p95_s", "cpu_s");
        record(writer, "summary", report.title(), report.selection(), instant(report.query().from(), zone),
                instant(report.query().to(), zone), zone.getId(), instant(report.generatedAt(), zone),
                String.valueOf(summary.runs()), String.valueOf(summary.succeeded()), String.valueOf(summary.failed()),
                String.valueOf(summary.timedOut()), String.valueOf(summary.other()), rate(summary.successRate()),
                seconds(summary.totalDuration()), seconds(summary.p50()), seconds(summary.p95()), number(summary.cpuSeconds()));
        writer.write("\r\n");
        record(writer, "tasks", "task_id", "task", "project", "runs", "succeeded", "failed", "success_rate", "p50_s", "p95_s",
                "max_s", "cpu_s", "peak_rss_bytes", "last_run_at", "last_status");
        for (Report.TaskLine task : report.tasks()) {
            record(writer, "tasks", String.valueOf(task.taskId()), task.taskName(), task.project(), String.valueOf(task.runs()),
                    String.valueOf(task.succeeded()), String.valueOf(task.failed()), rate(task.successRate()),
                    seconds(task.p50()), seconds(task.p95()), seconds(task.max()), number(task.cpuSeconds()),
                    task.peakRssBytes() == null ? null : String.valueOf(task.peakRssBytes()), instant(task.lastRunAt(), zone),
                    task.lastStatus());
        }
        writer.write("\r\n");
        record(writer, "failures", "fingerprint", "exception_type", "message", "location", "count", "first_seen", "last_seen",
                "tasks");
        for (Report.FailureGroup failure : report.failures()) {
            record(writer, "failures", failure.fingerprint(), failure.exceptionType(), failure.message(), failure.location(),
                    String.valueOf(failure.count()), instant(failure.firstSeen(), zone), instant(failure.lastSeen(), zone),
                    String.join(", ", failure.tasks()));
        }
        writer.write("\r\n");
        record(writer, "days", "day", "runs", "succeeded", "failed", "p50_s");
        for (Report.DayLine day : report.days()) {
            record(writer, "days", day.day().toString(), String.valueOf(day.runs()), String.valueOf(day.succeeded()),
                    String.valueOf(day.failed()), seconds(day.p50()));
        }
        writer.flush();
    }

    private static void record(Writer writer, String... fields) throws IOException {
        List<String> quoted = new ArrayList<>(fields.length);
        for (String field : fields) {
            quoted.add(field(field));
        }
        writer.write(String.join(",", quoted));
        writer.write("\r\n");
    }

    /** Quoted when it holds a comma, quote or line break (quotes doubled); empty for null. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String instant(Instant instant, ZoneId zone) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private static String seconds(Duration duration) {
        return duration == null ? null : number(duration.toMillis() / 1000.0);
    }

    private static String rate(Double rate) {
        return rate == null ? null : String.format(Locale.ROOT, "%.4f", rate);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
