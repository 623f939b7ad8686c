package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.json.TaskFields;
import io.kumo.json.TaskListJson;
import io.kumo.json.TaskNamesById;
import io.kumo.app.KumoCore;
import io.kumo.app.TaskReads;
import io.kumo.domain.Task;
import io.kumo.service.NextRuns;
import io.kumo.service.Choices;
import io.kumo.service.IsolationWords;
import io.kumo.service.StoredSchedules;
import io.kumo.service.TaskDraft;
import io.kumo.service.TaskDrafts;
import io.kumo.service.TaskRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kumo task add|edit|list|show|rm|pause|resume|insights}. */
@Command(name = "task", description = "Create, list and change tasks.", subcommands = {TaskCommand.Add.class,
        TaskCommand.Edit.class, TaskCommand.ListTasks.class,
        TaskCommand.Show.class, TaskCommand.Remove.class, TaskCommand.Pause.class, TaskCommand.Resume.class,
        CrontabImportCommand.class, TaskInsightsCommand.class})
final class TaskCommand {

    static CoreAccess access(CommandSpec spec) {
        return ((KumoCommand) spec.root().userObject()).access();
    }

    static Task find(TaskReads reads, String name) {
        return reads.taskService().named(name);
    }

    @Command(name = "add", description = "Add a task.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--name", required = true) String name;
        @Option(names = "--command", required = true, description = "The command line, e.g. \"python main.py --full\".") String command;

        static final class Schedule {
            @Option(names = "--cron", paramLabel = "EXPR", required = true) String cron;
            @Option(names = "--every", paramLabel = "10s|5m|2h|1d|1w", required = true) String every;
            @Option(names = "--at", paramLabel = "ISO", required = true, description = "2026-12-01T06:00:00Z, or a local date-time read in --zone.") String at;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Schedule schedule;
        @Option(names = "--zone") String zone;
        @Option(names = "--workdir") String workdir;
        @Option(names = "--project") String project;
        @Option(names = "--env") String environment;
        @Option(names = "--timeout", paramLabel = "30m") String timeout;
        @Option(names = "--retries", defaultValue = "0") int retries;
        @Option(names = "--retry-delay", paramLabel = "30s") String retryDelay;
        @Option(names = "--priority", defaultValue = "1", description = "0 low, 1 normal, 2 high.") int priority;
        @Option(names = "--overlap", defaultValue = "skip", description = "skip, queue or allow.") String overlap;
        @Option(names = "--misfire", defaultValue = "once", description = "skip, once or all.") String misfire;
        @Option(names = "--shell", description = "Run through /bin/sh -c (cmd /c on Windows), for pipes and redirection.") boolean shell;
        @Option(names = "--on-label", paramLabel = "LABEL", description = "Run only on nodes carrying this label "
                + "(cluster mode); repeat it or give several comma-separated.") List<String> nodeLabels;
        @Mixin IsolationOptions isolation = new IsolationOptions();
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = access(spec).core();
            TaskDraft draft = new TaskDraft().name(name).command(command).shell(shell).workdir(workdir).zone(zone)
                    .cron(schedule.cron).every(schedule.every).at(schedule.at).timeout(timeout).retries(retries)
                    .retryDelay(retryDelay).priority(priority).overlap(overlap).misfire(misfire).project(project).env(environment)
                    .nodeLabels(nodeLabels);
            Task created = drafts(core).create(isolation.applyTo(draft));
            TaskRules.warnings(created).forEach(warning -> spec.commandLine().getErr().println("kumo: warning: " + warning));
            sandboxWarning(core, created, spec);
            spec.commandLine().getOut().println("Added task '" + created.getName() + "': " + TaskFields.describe(created));
            return ExitCodes.OK;
        }
    }

    @Command(name = "edit", description = "Change a task: only the options given change.")
    static final class Edit implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String task;
        @Option(names = "--name", paramLabel = "NEW", description = "Rename the task.") String name;
        @Option(names = "--command") String command;
        @Option(names = "--cron", paramLabel = "EXPR") String cron;
        @Option(names = "--every", paramLabel = "10s|5m|2h|1d|1w") String every;
        @Option(names = "--at", paramLabel = "ISO") String at;
        @Option(names = "--zone") String zone;
        @Option(names = "--workdir") String workdir;
        @Option(names = "--project") String project;
        @Option(names = "--env") String environment;
        @Option(names = "--timeout", paramLabel = "30m") String timeout;
        @Option(names = "--retries") Integer retries;
        @Option(names = "--retry-delay", paramLabel = "30s") String retryDelay;
        @Option(names = "--priority", description = "0 low, 1 normal, 2 high.") Integer priority;
        @Option(names = "--overlap", description = "skip, queue or allow.") String overlap;
        @Option(names = "--misfire", description = "skip, once or all.") String misfire;
        @Option(names = "--on-label", paramLabel = "LABEL", description = "Run only on nodes carrying these labels "
                + "(replacing the task's); repeat it or give several comma-separated; '' clears them.") List<String> nodeLabels;
        @Mixin IsolationOptions isolation = new IsolationOptions();
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = access(spec).core();
            TaskDraft draft = new TaskDraft().name(name).command(command).cron(cron).every(every).at(at).zone(zone)
                    .workdir(workdir).project(project).env(environment).timeout(timeout).retries(retries)
                    .retryDelay(retryDelay).priority(priority).overlap(overlap).misfire(misfire).nodeLabels(nodeLabels);
            Task updated = drafts(core).update(find(core, task).getId(), isolation.applyTo(draft));
            TaskRules.warnings(updated).forEach(warning -> spec.commandLine().getErr().println("kumo: warning: " + warning));
            sandboxWarning(core, updated, spec);
            spec.commandLine().getOut().println("Changed task '" + updated.getName() + "': " + TaskFields.describe(updated));
            return ExitCodes.OK;
        }
    }

    /** A sandbox this machine cannot give fails each run: said now, while the task is saved anyway. */
    private static void sandboxWarning(KumoCore core, Task task, CommandSpec spec) {
        if (task.getSandbox().isNone()) {
            return;
        }
        String reason = core.confiners().unavailableReason(task.getSandbox().mode());
        if (reason != null) {
            spec.commandLine().getErr().println("kumo: warning: the " + task.getSandbox().mode().word()
                    + " sandbox cannot be used on this machine (" + reason + "); its runs will fail until it can");
        }
    }

    private static TaskDrafts drafts(KumoCore core) {
        return new TaskDrafts(core.taskService(), core.projects(), core.environments(), core.clock());
    }

    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        return Choices.of(option, value, type);
    }

    /** One task as JSON; its project and environment are looked up by id. */
    static Map<String, Object> toJson(Task task, TaskReads reads) {
        return TaskFields.map(task, reads.nextRuns(), TaskNamesById.lookingUp(reads.projects(), reads.environments()));
    }

    @Command(name = "list", description = "List tasks.")
    static final class ListTasks implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TaskReads core = access(spec).reads();
            List<Task> tasks = core.taskService().list();
            PrintWriter out = spec.commandLine().getOut();
            // each distinct schedule read once, each shared trigger's next run computed once, at one instant
            StoredSchedules schedules = core.schedules(); // the instance's: read in earlier listings
            NextRuns.Listing next = core.nextRuns().listing();
            if (json) {
                TaskListJson.write(tasks, schedules, next, TaskNamesById.readAll(core.projects(), core.environments()), out);
                return ExitCodes.OK;
            }
            if (tasks.isEmpty()) {
                out.println("No tasks. Add one with: kumo task add --name NAME --command CMD --cron EXPR");
            }
            String none = core.schedulingPause().isPaused() ? "paused" : "-";
            for (Task task : tasks) {
                StoredSchedules.Reading schedule = schedules.of(task);
                Instant at = next.of(task, schedule.trigger()).orElse(null);
                out.printf("%-24s %-8s %-40s next: %s%n", task.getName(), task.isEnabled() ? "enabled" : "paused",
                        TaskFields.describe(schedule), at != null ? Json.instant(at) : task.isEnabled() ? none : "-");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Show one task.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            TaskReads reads = access(spec).reads();
            Task shown = find(reads, name);
            Map<String, Object> fields = toJson(shown, reads);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(fields));
            } else {
                fields.forEach((key, value) -> {
                    if (!key.equals("node_labels") && !(value instanceof Map)) {
                        out.printf("%-20s %s%n", key + ":", value == null ? "-" : value);
                    }
                });
                out.printf("%-20s %s%n", "limits:", shown.getLimits().describe());
                out.printf("%-20s %s%n", "sandbox:", IsolationWords.sandbox(shown.getSandbox()));
                out.printf("%-20s %s%n", "conditions:", IsolationWords.conditions(shown.getConditions()));
                if (fields.get("node_labels") instanceof List<?> labels && !labels.isEmpty()) {
                    out.printf("%-20s %s%n", "Runs on:", "nodes labelled " + String.join(", ",
                            labels.stream().map(String::valueOf).toList()));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Delete a task (its run history stays).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = access(spec).core();
            core.taskService().delete(find(core, name).getId());
            spec.commandLine().getOut().println("Deleted task '" + name + "'");
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", description = "Stop scheduling a task.")
    static final class Pause implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return setPaused(spec, name, true);
        }
    }

    @Command(name = "resume", description = "Schedule a paused task again (from now on).")
    static final class Resume implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return setPaused(spec, name, false);
        }
    }

    private static int setPaused(CommandSpec spec, String name, boolean paused) {
        KumoCore core = access(spec).core();
        core.taskService().setEnabled(find(core, name).getId(), !paused);
        spec.commandLine().getOut().println((paused ? "Paused" : "Resumed") + " task '" + name + "'");
        return ExitCodes.OK;
    }
}
