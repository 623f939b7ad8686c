package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.json.RunJson;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.RunStore;
import io.kumo.logs.LogDiskUsage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo runs}: run history, newest first. */
@Command(name = "runs", description = "Run history, newest first.", subcommands = RunOutputsCommand.class)
final class RunsCommand implements Callable<Integer> {

    @Option(names = "--task", paramLabel = "NAME") String task;
    @Option(names = "--status", paramLabel = "S", description = "QUEUED RUNNING SUCCESS FAILED TIMEOUT STOPPED SKIPPED MISSED INTERRUPTED") String status;
    @Option(names = "--limit", paramLabel = "K", defaultValue = "50") int limit;
    @Option(names = "--json") boolean json;
    @Option(names = "--disk", description = "Instead of runs: the run logs' size and file count, and the space and "
            + "inodes left on their file system.") boolean disk;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        KumoCore core = TaskCommand.access(spec).core();
        if (disk) {
            return printDisk(core.logDiskUsage().measure(), spec.commandLine().getOut());
        }
        if (limit < 1 || limit > 100_000) {
            throw new CliUsageException("--limit: must be between 1 and 100000");
        }
        Long taskId = task == null ? null : TaskCommand.find(core, task).getId();
        RunStatus wanted = status == null ? null : TaskCommand.choice("status", status, RunStatus.class);
        List<Run> runs = new RunStore(core.database()).latest(taskId, wanted, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(runs.stream().map(RunJson::of).toList()));
            return ExitCodes.OK;
        }
        if (runs.isEmpty()) {
            out.println("No runs.");
        }
        boolean clustered = core.deployment().clustered(); // which node ran what matters only when there are several
        for (Run run : runs) {
            out.printf("#%-6d %-20s %-9s %-11s %s%s  exit %s%s%n", run.getId(), run.getTaskName(), run.getTriggerKind(), run.getStatus(),
                    Json.instant(run.getScheduledFor()),
                    clustered ? String.format("  %-16s", run.getNode() == null ? "-" : run.getNode()) : "",
                    run.getExitCode() == null ? "-" : run.getExitCode(), run.getError() == null ? "" : "  " + run.getError());
        }
        return ExitCodes.OK;
    }

    private int printDisk(LogDiskUsage.Report usage, PrintWriter out) {
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("log_bytes", usage.logBytes());
            fields.put("log_files", usage.logFiles());
            fields.put("free_bytes", usage.usableBytes());
            fields.put("total_bytes", usage.totalBytes());
            fields.put("free_inodes", usage.freeInodes().isPresent() ? usage.freeInodes().getAsLong() : null);
            fields.put("total_inodes", usage.totalInodes().isPresent() ? usage.totalInodes().getAsLong() : null);
            out.println(Json.write(fields));
            return ExitCodes.OK;
        }
        out.println("Run logs:    " + usage.logBytes() + " bytes in " + usage.logFiles() + " files");
        out.println("File system: " + usage.usableBytes() + " of " + usage.totalBytes() + " bytes free"
                + (usage.freeInodes().isPresent() && usage.totalInodes().isPresent()
                        ? ", " + usage.freeInodes().getAsLong() + " of " + usage.totalInodes().getAsLong() + " inodes free"
                        : ", free inodes unknown on this platform"));
        return ExitCodes.OK;
    }
}
