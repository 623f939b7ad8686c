package io.kumo.reports.schedule;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import io.kumo.reports.Report;
import java.util.Locale;
import java.util.Map;

/** The words sent with a report: runs, success rate and the top failures, and the file's name. */
final class ReportMessage {

    private static final int TOP_FAILURES = 3;

    private ReportMessage() {
    }

    static AlertMessage of(String scheduleName, Report report, String fileName) {
        Report.Summary summary = report.summary();
        StringBuilder markdown = new StringBuilder();
        markdown.append("**").append(escape(report.title())).append("**\n\n")
                .append("Selection: ").append(escape(report.selection())).append("\n\n")
                .append("- Runs: ").append(summary.runs()).append('\n')
                .append("- Succeeded: ").append(summary.succeeded()).append('\n')
                .append("- Failed: ").append(summary.failed()).append('\n')
                .append("- Timed out: ").append(summary.timedOut()).append('\n')
                .append("- Success rate: ").append(summary.successRate() == null ? "no finished runs"
                        : String.format(Locale.ROOT, "%.1f %%", summary.successRate() * 100)).append("\n\n");
        if (!report.failures().isEmpty()) {
            markdown.append("Top failures:\n\n");
            report.failures().stream().limit(TOP_FAILURES).forEach(failure -> markdown.append("- ")
                    .append(escape(failure.exceptionType()))
                    .append(failure.message() == null ? "" : ": " + escape(failure.message()))
                    .append(" (").append(failure.count()).append(failure.count() == 1 ? " run)" : " runs)").append('\n'));
            markdown.append('\n');
        }
        markdown.append("File: ").append(escape(fileName));
        return new AlertMessage("[Kumo] report " + scheduleName + ": " + report.title(), markdown.toString(),
                EventKind.DIGEST, Severity.INFO, Map.of("report", scheduleName, "file", fileName));
    }

    /** Markdown's own characters in values (task names, messages) shown as they are. */
    private static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
