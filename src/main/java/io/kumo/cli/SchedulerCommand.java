package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.service.NextRuns;
import io.kumo.service.SchedulingPause;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo scheduler pause|resume|status}: all scheduling at once, through {@link SchedulingPause}. */
@Command(name = "scheduler", description = "Pause or resume all scheduling, or show whether it is paused.",
        subcommands = {SchedulerCommand.Pause.class, SchedulerCommand.Resume.class, SchedulerCommand.Status.class})
final class SchedulerCommand {

    private static KumoCommand root(CommandSpec spec) {
        return (KumoCommand) spec.root().userObject();
    }

    /** Said after a change made with no Kumo running: it takes effect when one starts. */
    private static String whenNotRunning(CommandSpec spec) {
        return root(spec).isForwarded() ? "" : " (Kumo is not running; this applies when it starts)";
    }

    @Command(name = "pause", description = "Stop starting tasks on schedule (runs in progress go on; Run now still works).")
    static final class Pause implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            SchedulingPause pause = root(spec).access().core().schedulingPause();
            PrintWriter out = spec.commandLine().getOut();
            if (pause.pause()) {
                out.println("Scheduling paused: no task runs on schedule until `kumo scheduler resume`" + whenNotRunning(spec) + ".");
            } else {
                out.println("Scheduling was already paused (" + pause.state().get().sinceAndBy() + ").");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "resume", description = "Start tasks on schedule again, from now on (fires missed while paused are not caught up).")
    static final class Resume implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (root(spec).access().core().schedulingPause().resume()) {
                out.println("Scheduling resumed: tasks run on schedule again from now" + whenNotRunning(spec) + ".");
            } else {
                out.println("Scheduling is not paused; nothing to resume.");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", description = "Whether scheduling is paused, since when, the enabled tasks and the next run among them.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KumoCore core = root(spec).access().core();
            boolean instance = root(spec).isForwarded();
            SchedulingPause.State state = core.schedulingPause().state().get();
            List<Task> enabled = core.tasks().list().stream().filter(Task::isEnabled).toList();
            Optional<NextRuns.Upcoming> next = core.nextRuns().soonest(enabled);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("paused", state.paused());
                fields.put("since", Json.instant(state.since()));
                fields.put("by", state.by());
                fields.put("instance_running", instance);
                fields.put("enabled_tasks", enabled.size());
                fields.put("next_fire", next.map(upcoming -> Json.instant(upcoming.at())).orElse(null));
                fields.put("next_task", next.map(upcoming -> upcoming.task().getName()).orElse(null));
                out.println(Json.write(fields));
                return ExitCodes.OK;
            }
            String detail = state.sinceAndBy();
            out.println("Scheduling:    " + (state.paused() ? "paused" + (detail.isEmpty() ? "" : " " + detail) : "running"));
            out.println("Kumo:          " + (instance ? "running" : "not running (nothing runs until it starts)"));
            out.println("Enabled tasks: " + enabled.size());
            out.println("Next run:      " + next.map(upcoming -> Json.instant(upcoming.at()) + " (" + upcoming.task().getName() + ")")
                    .orElse(state.paused() ? "none while paused" : "none"));
            return ExitCodes.OK;
        }
    }
}
