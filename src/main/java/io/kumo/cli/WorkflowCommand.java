package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.json.WorkflowJson;
import io.kumo.common.ValidationException;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowYaml;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowService;
import io.kumo.workflow.service.WorkflowSummary;
import io.kumo.workflow.service.WorkflowTriggers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo workflow add|list|show|rm|export|pause|resume}, and the run commands of {@link WorkflowRunCommands}. */
@Command(name = "workflow", description = "Add, list, show and run workflows (DAGs of steps, Dagu-compatible YAML).",
        subcommands = {WorkflowCommand.Add.class, WorkflowCommand.ListWorkflows.class, WorkflowCommand.Show.class,
                WorkflowCommand.Remove.class, WorkflowCommand.Export.class, WorkflowCommand.Pause.class,
                WorkflowCommand.Resume.class, WorkflowRunCommands.Run.class, WorkflowRunCommands.Runs.class,
                WorkflowRunCommands.Rerun.class})
final class WorkflowCommand {

    static WorkflowService service(CommandSpec spec) {
        return TaskCommand.access(spec).core().workflowService();
    }

    @Command(name = "add", description = "Add a workflow from its YAML file, or replace the one of the same name. "
            + "An invalid file is refused (exit 2) and nothing is stored.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The workflow file; - reads standard input.") String file;
        /** Set by {@link ClientInput}, which hands over a private copy of the user's file or standard input. */
        @Option(names = CrontabImportCommand.INPUT_NAME, hidden = true) String inputName;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String shownName = inputName != null ? inputName : file.equals("-") ? "standard input"
                    : KumoCommand.clientPath(spec, Path.of(file)).toString();
            WorkflowService service = service(spec);
            StoredWorkflow saved;
            boolean replaced;
            try {
                String yaml = WorkflowYaml.namedAfter(read(shownName), file.equals("-") || "standard input".equals(inputName)
                        ? null : Path.of(inputName != null ? inputName : file).getFileName().toString());
                replaced = service.replaces(yaml);
                saved = service.save(yaml);
            } catch (ValidationException e) {
                throw new ValidationException(shownName + ": " + e.getMessage());
            }
            int steps = saved.definition().steps().size();
            spec.commandLine().getOut().println((replaced ? "replaced" : "added") + " workflow " + saved.name()
                    + " (" + steps + (steps == 1 ? " step)" : " steps)"));
            return ExitCodes.OK;
        }

        private String read(String shownName) throws IOException {
            if (file.equals("-")) {
                return utf8(System.in.readAllBytes());
            }
            Path path = KumoCommand.clientPath(spec, Path.of(file));
            if (!Files.isRegularFile(path)) {
                throw new CliUsageException("No file at " + shownName);
            }
            return utf8(Files.readAllBytes(path));
        }

        private static String utf8(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new ValidationException("not UTF-8 text");
            }
        }
    }

    @Command(name = "list", description = "List workflows: schedule, last run, next run.")
    static final class ListWorkflows implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<WorkflowSummary> workflows = service(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(workflows.stream().map(WorkflowJson::summary).toList()));
                return ExitCodes.OK;
            }
            if (workflows.isEmpty()) {
                out.println("No workflows. Add one with: kumo workflow add FILE");
            }
            for (WorkflowSummary workflow : workflows) {
                out.printf("%-24s %-8s %2d steps  %-30s last: %-11s next: %s%n", workflow.name(),
                        workflow.enabled() ? "enabled" : "paused", workflow.steps(), workflow.schedule(),
                        workflow.lastStatus() == null ? "-" : workflow.lastStatus(),
                        workflow.nextRunAt() == null ? "-" : Json.instant(workflow.nextRunAt()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Show a workflow: schedule, parameters, steps with their dependencies and conditions.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--yaml", description = "Print the stored file as it was added, byte for byte.") boolean yaml;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            StoredWorkflow workflow = service(spec).get(name);
            PrintWriter out = spec.commandLine().getOut();
            if (yaml) {
                out.print(workflow.yaml());
                out.flush();
                return ExitCodes.OK;
            }
            WorkflowDefinition definition = workflow.definition();
            out.println("name:        " + workflow.name());
            if (definition.description() != null) {
                out.println("description: " + definition.description());
            }
            out.println("schedule:    " + WorkflowTriggers.words(definition.schedule())
                    + (workflow.enabled() ? "" : " (paused)"));
            definition.params().forEach((key, value) -> out.println("param:       " + key + "=" + value));
            if (definition.maxActiveSteps() > 0) {
                out.println("at most:     " + definition.maxActiveSteps() + " steps at once");
            }
            out.println("steps:");
            definition.steps().forEach(step -> printStep(out, step, null));
            definition.handlers().present().forEach((on, step) -> printStep(out, step, on));
            return ExitCodes.OK;
        }

        private static void printStep(PrintWriter out, StepDefinition step, Object handlerOn) {
            out.println("  " + step.name() + (handlerOn == null ? "" : " (on " + handlerOn + ")") + ": "
                    + (step.runsTask() ? "task " + step.task() : step.command()));
            if (!step.depends().isEmpty()) {
                out.println("    after: " + String.join(", ", step.depends()));
            }
            if (!step.runIf().text().equals("all_success")) {
                out.println("    when:  " + step.runIf().text());
            }
            if (step.retry().limit() > 0) {
                out.println("    retry: " + step.retry().limit() + " times");
            }
            if (step.continueOnFailure()) {
                out.println("    a failure does not stop the workflow");
            }
        }
    }

    @Command(name = "rm", description = "Delete a workflow (its run history stays).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            service(spec).delete(name);
            spec.commandLine().getOut().println("removed workflow " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", description = "Write a workflow's file as stored, to FILE or standard output.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "FILE", arity = "0..1") String file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String yaml = service(spec).get(name).yaml();
            if (file == null || file.equals("-")) {
                spec.commandLine().getOut().print(yaml);
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            Path path = KumoCommand.clientPath(spec, Path.of(file));
            Files.writeString(path, yaml, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("exported workflow " + name + " to " + path);
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", description = "Stop a workflow's schedule (running it by hand still works).")
    static final class Pause implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return setEnabled(spec, name, false);
        }
    }

    @Command(name = "resume", description = "Schedule a paused workflow again, from now on.")
    static final class Resume implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return setEnabled(spec, name, true);
        }
    }

    private static int setEnabled(CommandSpec spec, String name, boolean enabled) {
        service(spec).setEnabled(name, enabled);
        spec.commandLine().getOut().println((enabled ? "resumed" : "paused") + " workflow " + name);
        return ExitCodes.OK;
    }
}
