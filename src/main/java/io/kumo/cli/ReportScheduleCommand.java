package io.kumo.cli;

import io.kumo.alerts.send.SendResult;
import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.json.Json;
import io.kumo.reports.schedule.ReportSchedule;
import io.kumo.reports.schedule.ReportScheduleEdit;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo report schedule add|list|remove|send}: reports made on a cron schedule and sent through a channel. */
@Command(name = "schedule", description = "Reports made on a schedule and sent through an alert channel "
        + "(a mail gets the file attached, other channels a summary).",
        subcommands = {ReportScheduleCommand.Add.class, ReportScheduleCommand.ListSchedules.class,
                ReportScheduleCommand.Remove.class, ReportScheduleCommand.Send.class})
final class ReportScheduleCommand {

    static KumoCore core(CommandSpec spec) {
        return TaskCommand.access(spec).core();
    }

    @Command(name = "add", description = "Add a schedule. Bad input is refused (exit 2) and nothing is stored.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--cron", required = true, paramLabel = "CRON", description = "When to send, e.g. \"0 8 1 * *\".") String cron;
        @Option(names = "--period", required = true, paramLabel = "DAYS", description = "The whole days before the send day it covers: 7d, 30d (1 to 366).") String period;
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, xlsx or csv.") String format;
        @Option(names = "--channel", required = true, paramLabel = "CHANNEL", description = "The alert channel to send through.") String channel;
        @Option(names = "--project", paramLabel = "PROJECT", description = "Only this project's tasks.") String project;
        @Option(names = "--tag", paramLabel = "TAG", description = "Only tasks with this tag.") String tag;
        @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the cron and the days (default: this machine's).") String zone;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = core(spec);
            Long projectId = project == null ? null : core.projectService().find(project).getId();
            ReportSchedule added = core.reportSchedules().create(new ReportScheduleEdit(name, cron, zone, days(period),
                    projectId, tag, format, channel, true));
            spec.commandLine().getOut().println("Added report schedule " + added.name() + ": " + added.when()
                    + ", last " + added.periodDays() + " days as " + added.format().extension() + " to " + added.channelName());
            return ExitCodes.OK;
        }
    }

    /** "30d" or "30" → 30. */
    static int days(String period) {
        String digits = period.strip().endsWith("d") ? period.strip().substring(0, period.strip().length() - 1) : period.strip();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ValidationException("--period: '" + period + "' is not a number of days (e.g. 7d, 30d)");
        }
    }

    @Command(name = "list", description = "List report schedules.")
    static final class ListSchedules implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<ReportSchedule> schedules = core(spec).reportSchedules().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(schedules.stream().map(ReportScheduleCommand::json).toList()));
            } else if (schedules.isEmpty()) {
                out.println("No report schedules.");
            } else {
                String row = "%-20s %-16s %-20s %6s %-6s %-14s %-17s %s%n";
                out.printf(row, "NAME", "CRON", "ZONE", "DAYS", "FORMAT", "CHANNEL", "LAST SENT", "LAST ERROR");
                for (ReportSchedule schedule : schedules) {
                    out.printf(row, schedule.name() + (schedule.enabled() ? "" : " (off)"), schedule.cron(),
                            schedule.zone().getId(), schedule.periodDays(), schedule.format().extension(),
                            schedule.channelName(), schedule.lastSentAt() == null ? "-"
                                    : Ago.of(schedule.lastSentAt(), core(spec).clock().instant()),
                            schedule.lastError() == null ? "-" : schedule.lastError());
                }
            }
            return ExitCodes.OK;
        }
    }

    static Map<String, Object> json(ReportSchedule schedule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", schedule.id());
        fields.put("name", schedule.name());
        fields.put("cron", schedule.cron());
        fields.put("when", schedule.when());
        fields.put("zone", schedule.zone().getId());
        fields.put("periodDays", schedule.periodDays());
        fields.put("projectId", schedule.projectId());
        fields.put("tag", schedule.tag());
        fields.put("format", schedule.format().extension());
        fields.put("channel", schedule.channelName());
        fields.put("enabled", schedule.enabled());
        fields.put("lastSentAt", schedule.lastSentAt() == null ? null : schedule.lastSentAt().toString());
        fields.put("lastError", schedule.lastError());
        return fields;
    }

    @Command(name = "remove", aliases = "rm", description = "Remove a schedule.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            core(spec).reportSchedules().delete(name);
            spec.commandLine().getOut().println("Removed report schedule " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "send", description = "Make the report and send it now, whatever the cron says.")
    static final class Send implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            SendResult result = core(spec).reportScheduler().sendNow(name);
            if (result.delivered()) {
                spec.commandLine().getOut().println("sent");
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println("kumo: not sent: " + result.error());
            return ExitCodes.FAILURE;
        }
    }
}
