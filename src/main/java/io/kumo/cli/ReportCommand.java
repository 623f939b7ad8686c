package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.json.Json;
import io.kumo.json.ReportJson;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportPeriod;
import io.kumo.reports.ReportQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo report}: a period's runs summed up per task, per day and per error, written as CSV, Excel or PDF. */
@Command(name = "report", description = "Write a report of a period's runs (per task, per day, failures grouped).",
        subcommands = ReportScheduleCommand.class)
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-MM-dd, local time zone).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (yyyy-MM-dd).") String to;
    @Option(names = "--last", paramLabel = "DAYS", description = "The last DAYS days up to today, instead of --from/--to (30d).") String last;
    @Option(names = "--project", paramLabel = "NAME", description = "Only this project's tasks.") String project;
    @Option(names = "--tag", paramLabel = "TAG", description = "Only tasks with this tag.") String tag;
    @Option(names = "--task", paramLabel = "NAME", description = "Only this task (repeatable).") List<String> tasks;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, xlsx or pdf (default: csv).") String format;
    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (replaced whole when it exists).") Path out;
    @Option(names = "--json", description = "Print the report as JSON instead of writing a file.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        ReportFormat reportFormat = ReportFormat.parse(format);
        if (!json && out == null) {
            throw new ValidationException("--out FILE is needed (or --json to print the report)");
        }
        Path target = out == null ? null : KumoCommand.clientPath(spec, out);
        KumoCore core = TaskCommand.access(spec).core();
        ReportPeriod period = period(LocalDate.ofInstant(core.clock().instant(), zone));
        if (!json) {
            core.reports().checkExport(reportFormat, target);
        }
        ReportQuery query = core.reports().query(period, zone, project, tag, tasks);
        Report report = core.reports().build(query);
        if (json) {
            spec.commandLine().getOut().println(Json.write(ReportJson.of(report)));
            return ExitCodes.OK;
        }
        core.reports().export(report, reportFormat, target);
        spec.commandLine().getOut().printf("Report of %d runs, %d tasks written to %s%n", report.summary().runs(),
                report.tasks().size(), target);
        return ExitCodes.OK;
    }

    private ReportPeriod period(LocalDate today) {
        if (last != null) {
            if (from != null || to != null) {
                throw new ValidationException("--last cannot be combined with --from or --to");
            }
            return ReportPeriod.last(last, today);
        }
        if (from == null && to == null) {
            throw new ValidationException("a period is needed: --from DATE --to DATE, or --last 30d");
        }
        return ReportPeriod.parse(from, to);
    }
}
