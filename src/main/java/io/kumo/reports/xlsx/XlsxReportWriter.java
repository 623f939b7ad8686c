package io.kumo.reports.xlsx;

import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook: sheets Summary, Tasks, Failures and Days with real numbers, dates, percentages and
 * durations in seconds, so a user can sort, filter, sum and chart them; the Days sheet carries a native bar chart.
 */
public final class XlsxReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            ZoneId zone = report.query().zone();
            summary(new XlsxTable(workbook.createSheet("Summary"), styles, zone, "Figure", "Value"), report);
            tasks(new XlsxTable(workbook.createSheet("Tasks"), styles, zone, "Task", "Project", "Runs", "Succeeded",
                    "Failed", "Success rate", "Median", "95th percentile", "Longest", "CPU seconds", "Peak memory (MB)",
                    "Last run", "Last status"), report);
            failures(new XlsxTable(workbook.createSheet("Failures"), styles, zone, "Error", "Message", "Where", "Runs",
                    "First seen", "Last seen", "Tasks"), report);
            days(new XlsxTable(workbook.createSheet("Days"), styles, zone, "Day", "Runs", "Succeeded", "Failed",
                    "Success rate", "Median"), report);
            DaysChart.draw(workbook.getSheet("Days"), report.days().size());
            workbook.write(out);
        }
    }

    private static void summary(XlsxTable table, Report report) {
        Report.Summary summary = report.summary();
        table.row().text("Report").text(report.title());
        table.row().text("Selection").text(report.selection());
        table.row().text("From").dateTime(report.query().from());
        table.row().text("To").dateTime(report.query().to());
        table.row().text("Time zone").text(report.query().zone().getId());
        table.row().text("Generated").dateTime(report.generatedAt());
        table.row().text("Runs").integer(summary.runs());
        table.row().text("Succeeded").integer(summary.succeeded());
        table.row().text("Failed").integer(summary.failed());
        table.row().text("Timed out").integer(summary.timedOut());
        table.row().text("Other").integer(summary.other());
        table.row().text("Success rate").percent(summary.successRate());
        table.row().text("Total run time").seconds(summary.totalDuration());
        table.row().text("Median run time").seconds(summary.p50());
        table.row().text("95th percentile run time").seconds(summary.p95());
        table.row().text("CPU seconds").decimal(summary.cpuSeconds());
        table.finish();
    }

    private static void tasks(XlsxTable table, Report report) {
        for (Report.TaskLine task : report.tasks()) {
            table.row().text(task.taskName()).text(task.project()).integer(task.runs()).integer(task.succeeded())
                    .integer(task.failed()).percent(task.successRate()).seconds(task.p50()).seconds(task.p95())
                    .seconds(task.max()).decimal(task.cpuSeconds())
                    .integer(task.peakRssBytes() == null ? null : task.peakRssBytes() / (1024 * 1024))
                    .dateTime(task.lastRunAt()).text(task.lastStatus());
        }
        table.finish();
    }

    private static void failures(XlsxTable table, Report report) {
        for (Report.FailureGroup failure : report.failures()) {
            table.row().text(failure.exceptionType()).text(failure.message()).text(failure.location())
                    .integer(failure.count()).dateTime(failure.firstSeen()).dateTime(failure.lastSeen())
                    .text(String.join(", ", failure.tasks()));
        }
        table.finish();
    }

    private static void days(XlsxTable table, Report report) {
        for (Report.DayLine day : report.days()) {
            long finished = day.succeeded() + day.failed();
            table.row().date(day.day()).integer(day.runs()).integer(day.succeeded()).integer(day.failed())
                    .percent(finished == 0 ? null : (double) day.succeeded() / finished).seconds(day.p50());
        }
        table.finish();
    }
}
