package io.kumo.cli;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Follows one workflow run to its end for {@code --wait}: a line each time a step's status changes (from the service's
 * events, and from the store every quarter second in case an event is missed), then a final line. Statuses only move
 * forward: a late, older snapshot prints nothing. On its own (no instance) a Ctrl+C stops the run before the command
 * exits; inside an instance, a client that went away (its Ctrl+C) is seen at the next line written and stops it too.
 */
final class WorkflowWatch {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long POLL_MILLIS = 250;
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final WorkflowService service;
    private final long runId;
    private final PrintWriter out;
    private final boolean local;
    private final Clock clock;
    private final Map<String, Seen> seen = new HashMap<>();

    private record Seen(StepStatus status, Long runId) {
    }

    /** @param out null: follow quietly */
    WorkflowWatch(WorkflowService service, long runId, PrintWriter out, boolean local, Clock clock) {
        this.service = service;
        this.runId = runId;
        this.out = out;
        this.local = local;
        this.clock = clock;
    }

    /** Every step SUCCESS or SKIPPED (by its condition) in a run that succeeded. */
    static boolean succeeded(WorkflowRunRecord run) {
        return run.status() == RunStatus.SUCCESS && run.steps().stream()
                .allMatch(step -> step.status() == StepStatus.SUCCESS || step.status() == StepStatus.SKIPPED);
    }

    WorkflowRunRecord untilEnd() throws InterruptedException {
        BlockingQueue<WorkflowRunRecord> changes = new LinkedBlockingQueue<>();
        WorkflowListener listener = run -> {
            if (run.id() == runId) {
                changes.add(run);
            }
        };
        Thread stopOnExit = new Thread(this::stopAndWait, "kumo-workflow-stop");
        service.addListener(listener);
        if (local) {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        }
        try {
            if (out != null) {
                out.println(time(null) + " workflow run #" + runId + " started");
                out.flush();
            }
            while (true) {
                WorkflowRunRecord run = changes.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (run == null) {
                    run = service.getRun(runId);
                }
                show(run);
                if (out != null && out.checkError()) { // the client is gone
                    service.stop(runId);
                    return run;
                }
                if (run.status().isTerminal()) {
                    WorkflowRunRecord stored = service.getRun(runId);
                    WorkflowRunRecord last = stored.status().isTerminal() ? stored : run;
                    show(last);
                    if (out != null) {
                        out.println(time(last.endedAt()) + " workflow " + last.workflowName() + " run #" + runId + " "
                                + last.status() + duration(last.startedAt(), last.endedAt()));
                        out.flush();
                    }
                    return last;
                }
            }
        } finally {
            service.removeListener(listener);
            if (local) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException e) {
                    // shutting down: the hook is running
                }
            }
        }
    }

    private void show(WorkflowRunRecord run) {
        for (StepRunRecord step : run.steps()) {
            Seen now = new Seen(step.status(), step.runId());
            Seen before = seen.get(step.name());
            if (now.equals(before) || before != null && rank(now.status()) < rank(before.status())
                    || step.status() == StepStatus.WAITING) {
                continue;
            }
            seen.put(step.name(), now);
            if (out != null) {
                out.println(line(step));
                out.flush();
            }
        }
    }

    private String line(StepRunRecord step) {
        if (step.status() == StepStatus.RUNNING) {
            return time(step.startedAt()) + " " + step.name() + " RUNNING (run #" + step.runId()
                    + (step.attempts() > 1 ? ", attempt " + step.attempts() : "") + ")";
        }
        return time(step.endedAt()) + " " + step.name() + " " + step.status()
                + (step.exitCode() == null ? "" : " exit " + step.exitCode())
                + duration(step.startedAt(), step.endedAt())
                + (step.note() == null || step.status() == StepStatus.SUCCESS ? "" : ": " + step.note());
    }

    private static int rank(StepStatus status) {
        return status == StepStatus.WAITING ? 0 : status == StepStatus.RUNNING ? 1 : 2;
    }

    private String time(Instant at) {
        return TIME.format(Objects.requireNonNullElseGet(at, clock::instant).atZone(ZoneId.systemDefault()));
    }

    private static String duration(Instant from, Instant to) {
        return from == null || to == null ? "" : " " + seconds(from, to);
    }

    /** "2.1 s"; "-" while either end is unknown. */
    static String seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(from, to).toMillis() / 1000.0);
    }

    /** Ctrl+C on a command on its own: the run's steps stop before the command's engine goes. */
    private void stopAndWait() {
        try {
            if (service.stop(runId)) {
                Instant until = clock.instant().plus(STOP_GRACE);
                while (!service.getRun(runId).status().isTerminal() && clock.instant().isBefore(until)) {
                    Thread.sleep(100);
                }
            }
        } catch (RuntimeException | InterruptedException e) {
            // exiting anyway: the next start marks what was left INTERRUPTED
        }
    }
}
