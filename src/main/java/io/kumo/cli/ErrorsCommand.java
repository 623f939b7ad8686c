package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.insights.errors.ErrorGroup;
import io.kumo.insights.errors.ErrorGroupDetail;
import io.kumo.insights.errors.ErrorGroupQuery;
import io.kumo.insights.errors.ErrorRun;
import io.kumo.insights.errors.SinceWords;
import io.kumo.json.ErrorGroupJson;
import io.kumo.json.Json;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo errors}: failed runs grouped by their error, most failures first; {@code kumo errors show} one group. */
@Command(name = "errors", description = "Failures grouped by error (exception type and place in your code).",
        subcommands = ErrorsCommand.Show.class)
final class ErrorsCommand implements Callable<Integer> {

    private static final String ROW = "%6s  %-12s %-12s %-30s %-44s %-28s %s%n";
    private static final int MESSAGE_WIDTH = 44;

    @Option(names = "--since", paramLabel = "WHEN", defaultValue = "7d",
            description = "24h, 7d, 30d, all, a date (2026-11-01) or an instant (default: 7d).") String since;
    @Option(names = "--task", paramLabel = "NAME", description = "Only this task's failures.") String task;
    @Option(names = "--project", paramLabel = "NAME", description = "Only the failures of this project's tasks.") String project;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        KumoCore core = TaskCommand.access(spec).core();
        Instant now = core.clock().instant();
        List<ErrorGroup> groups = core.errorGroups().groups(query(core, since, task, project, now), now);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(groups.stream().map(ErrorGroupJson::of).toList()));
            return ExitCodes.OK;
        }
        if (groups.isEmpty()) {
            out.println("No failures " + (since.strip().equalsIgnoreCase("all") ? "recorded" : "since " + since) + ".");
            return ExitCodes.OK;
        }
        out.printf(ROW, "COUNT", "LAST SEEN", "FINGERPRINT", "TYPE", "MESSAGE", "LOCATION", "TASKS");
        for (ErrorGroup group : groups) {
            out.printf(ROW, group.windowCount(), Ago.of(group.lastSeen(), now), group.fingerprint().substring(0, 12),
                    shortened(group.type(), 30), shortened(oneLine(group.message()), MESSAGE_WIDTH),
                    orDash(group.location()), String.join(",", group.tasks()));
        }
        return ExitCodes.OK;
    }

    /** The query the options name; an unknown task or project, or an unreadable --since, is refused (exit 2). */
    static ErrorGroupQuery query(KumoCore core, String since, String task, String project, Instant now) {
        Instant from = SinceWords.parse(since, now, core.clock().getZone());
        Long taskId = task == null ? null : core.taskService().named(task).getId();
        Long projectId = project == null ? null : core.projectService().find(project).getId();
        return new ErrorGroupQuery(from, projectId, taskId, core.clock().getZone());
    }

    @Command(name = "show", description = "One error group: its full message, place and recent runs.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "FINGERPRINT", description = "The fingerprint or its first characters (at least 4).") String fingerprint;
        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = TaskCommand.access(spec).core();
            Instant now = core.clock().instant();
            ErrorGroupDetail detail = core.errorGroups().group(fingerprint, new ErrorGroupQuery(null, null, null,
                    core.clock().getZone()), now).orElseThrow(() -> new CliUsageException("no error group with fingerprint '"
                    + fingerprint + "'"));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(ErrorGroupJson.of(detail)));
                return ExitCodes.OK;
            }
            ErrorGroup group = detail.group();
            out.printf("%-13s %s%n", "Fingerprint:", group.fingerprint());
            out.printf("%-13s %s%n", "Type:", group.type());
            out.printf("%-13s %s%n", "Message:", group.message() == null || group.message().isEmpty() ? "-" : group.message());
            out.printf("%-13s %s%n", "Location:", orDash(group.location()));
            out.printf("%-13s %d%n", "Failures:", group.totalCount());
            out.printf("%-13s %s%n", "First seen:", Json.instant(group.firstSeen()));
            out.printf("%-13s %s%n", "Last seen:", Json.instant(group.lastSeen()));
            out.printf("%-13s %s%n", "Tasks:", group.tasks().isEmpty() ? "-" : String.join(", ", group.tasks()));
            out.println();
            out.printf("%-8s %-24s %-10s %-24s %s%n", "RUN", "TASK", "STATUS", "SCHEDULED", "EXIT");
            for (ErrorRun run : detail.recentRuns()) {
                out.printf("%-8d %-24s %-10s %-24s %s%n", run.runId(), run.taskName(), run.status(), Json.instant(run.scheduledFor()),
                        run.exitCode() == null ? "-" : run.exitCode());
            }
            return ExitCodes.OK;
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String shortened(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }
}
