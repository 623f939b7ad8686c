package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.json.WorkflowJson;
import io.kumo.domain.RunStatus;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo workflow run|rerun|runs}. */
final class WorkflowRunCommands {

    private WorkflowRunCommands() {
    }

    @Command(name = "run", description = "Run a workflow now and print its run id. With --wait, print each step's "
            + "status as it changes and exit 0 when every step succeeded (or was skipped by its condition), 1 otherwise. "
            + "Without a running Kumo the command runs the workflow itself and stays until it ends.")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--wait", description = "Stream step status lines until the run ends; Ctrl+C stops the run.") boolean wait;
        @Option(names = "--param", paramLabel = "K=V", description = "Override a parameter's default (repeatable).")
        Map<String, String> params = new LinkedHashMap<>();
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            CoreAccess access = TaskCommand.access(spec);
            access.engine(); // the instance's, or this command's own: it runs what the service hands it
            WorkflowService service = access.core().workflowService();
            long id = service.run(name, params);
            return follow(spec, access, service, id, wait);
        }
    }

    @Command(name = "rerun", description = "Run a finished workflow run again from its failed steps, keeping the "
            + "steps that succeeded; print the new run id.")
    static final class Rerun implements Callable<Integer> {
        @Parameters(paramLabel = "RUN_ID") long runId;
        @Option(names = "--from-failed", required = true, description = "Run the failed, stopped and never-run steps "
                + "again (required: the only kind of re-run).") boolean fromFailed;
        @Option(names = "--wait", description = "Stream step status lines until the run ends; Ctrl+C stops the run.") boolean wait;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            CoreAccess access = TaskCommand.access(spec);
            access.engine();
            WorkflowService service = access.core().workflowService();
            long id = service.rerunFromFailed(runId);
            return follow(spec, access, service, id, wait);
        }
    }

    /**
     * Prints the new run's id; with {@code --wait} streams its steps. A command on its own runs the workflow on its
     * private engine, which closes with the command: it follows the run quietly to its end.
     */
    private static int follow(CommandSpec spec, CoreAccess access, WorkflowService service, long id, boolean wait)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        boolean local = !(access instanceof InstanceCoreAccess);
        if (!wait) {
            out.println(id);
            out.flush();
            if (!local) {
                return ExitCodes.OK;
            }
        }
        WorkflowRunRecord last = new WorkflowWatch(service, id, wait ? out : null, local, access.core().clock()).untilEnd();
        if (last.status() != RunStatus.SUCCESS) {
            spec.commandLine().getErr().println("kumo: workflow run #" + id + " of '" + last.workflowName() + "' ended "
                    + last.status() + (last.error() == null ? "" : ": " + last.error()));
        }
        return WorkflowWatch.succeeded(last) ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    @Command(name = "runs", description = "A workflow's runs, newest first, with the status of each step.")
    static final class Runs implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (1-10000).") int limit;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw new CliUsageException("--limit: must be between 1 and 10000");
            }
            List<WorkflowRunRecord> runs = WorkflowCommand.service(spec).runs(name, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(runs.stream().map(WorkflowJson::run).toList()));
                return ExitCodes.OK;
            }
            if (runs.isEmpty()) {
                out.println("No runs of " + name + " yet.");
            }
            for (WorkflowRunRecord run : runs) {
                out.printf("#%-6d %-11s %s  %8s  %s%n", run.id(), run.status(), Json.instant(run.startedAt()),
                        WorkflowWatch.seconds(run.startedAt(), run.endedAt()),
                        run.steps().stream().map(step -> step.name() + " " + step.status()).collect(Collectors.joining(", ")));
            }
            return ExitCodes.OK;
        }
    }
}
