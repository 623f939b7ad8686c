package io.kumo.workflow.engine;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.WorkflowEvents;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one workflow run from its start to its end, on the workflow engine's thread: starts the steps whose
 * dependencies and conditions allow (within {@code maxActiveSteps}), hears each attempt's end, retries, passes outputs
 * on, runs the handlers once the steps ended and ends the run; a stop or the workflow's timeout ends it early. Every
 * step change is written before anything starts on its account.
 */
final class RunProgress {

    private static final Logger LOG = LoggerFactory.getLogger(RunProgress.class);

    private final Engine engine;
    private final Clock clock;
    private final WorkflowRunWriter writer;
    private final StepTasks stepTasks;
    private final StepOutputs outputs;
    private final PreconditionCheck preconditions;
    private final WorkflowEvents events;
    private final ScheduledExecutorService loop;
    private final Consumer<WorkflowRunState> ended;

    RunProgress(Engine engine, Clock clock, WorkflowRunWriter writer, StepTasks stepTasks, StepOutputs outputs,
                PreconditionCheck preconditions, WorkflowEvents events, ScheduledExecutorService loop,
                Consumer<WorkflowRunState> ended) {
        this.engine = engine;
        this.clock = clock;
        this.writer = writer;
        this.stepTasks = stepTasks;
        this.outputs = outputs;
        this.preconditions = preconditions;
        this.events = events;
        this.loop = loop;
        this.ended = ended;
    }

    /** The run starts: RUNNING, its timeout armed, its first steps started. */
    void begin(WorkflowRunState run, Instant now) {
        run.status = RunStatus.RUNNING;
        run.startedAt = now;
        Long limit = run.definition.timeoutSeconds();
        if (limit != null && limit > 0) {
            run.timeout = loop.schedule(() -> guarded(() -> endEarly(run, RunStatus.TIMEOUT,
                    "the workflow timed out after " + limit + " s")), limit, TimeUnit.SECONDS);
        }
        events.publish(run.record());
        advance(run);
    }

    /** An attempt of one of the run's steps ended: retried, or the step ends and the run goes on. */
    void attemptEnded(WorkflowRunState state, Run run) {
        StepState step = state.step(run.getStepName());
        if (step == null || !run.getId().equals(step.runId) || !step.isActive()) {
            return;
        }
        StepDefinition definition = state.definitionOf(step.name);
        StepStatus status = StepEnds.of(run.getStatus());
        step.exitCode = run.getExitCode();
        if (status == StepStatus.STOPPED && state.endingAs == RunStatus.TIMEOUT) {
            status = StepStatus.TIMEOUT;
        }
        if (StepEnds.retryable(status) && state.endingAs == null && step.attempts <= definition.retry().limit()) {
            step.note = "attempt " + step.attempts + " " + status + (run.getError() == null ? "" : ": " + run.getError())
                    + "; retrying in " + definition.retry().intervalSeconds() + " s";
            step.retry = loop.schedule(() -> guarded(() -> retry(state, step)), definition.retry().intervalSeconds(), TimeUnit.SECONDS);
            writer.updateStep(step);
            events.publish(state.record());
            return;
        }
        String note = status == StepStatus.SUCCESS ? null : run.getError();
        if (status == StepStatus.SUCCESS) {
            StepOutputs.Read read = StepOutputs.read(outputs.fileOf(state.id, step));
            step.outputs.putAll(read.values());
            if (definition.output() != null) {
                StepOutputs.lastLine(run.getLogPath()).ifPresent(line -> step.outputs.put(definition.output(), line));
            }
            note = read.note();
        }
        step.end(status, run.getEndedAt(), note);
        writer.updateStep(step);
        advance(state);
    }

    private void retry(WorkflowRunState state, StepState step) {
        if (step.retry == null || state.isOver()) {
            return;
        }
        step.retry = null;
        launch(state, step);
        events.publish(state.record());
    }

    // ---- deciding what runs

    /** Starts what may start, skips what may not, runs the handlers once the steps ended, then ends the run. */
    private void advance(WorkflowRunState run) {
        if (run.isOver()) {
            return;
        }
        if (run.endingAs == null) {
            startReadySteps(run);
        }
        if (run.mainStepsEnded() && !run.anyActive()) {
            if (run.outcome == null) {
                run.outcome = StepEnds.outcome(run);
            }
            if (!runHandlers(run)) {
                finish(run);
                return;
            }
        }
        events.publish(run.record());
    }

    private void startReadySteps(WorkflowRunState run) {
        int limit = run.definition.maxActiveSteps();
        for (String name : run.order) {
            StepState step = run.step(name);
            StepDefinition definition = run.definitionOf(name);
            if (step.status != StepStatus.WAITING || !StepGate.dependenciesEnded(definition, run)) {
                continue;
            }
            Optional<String> skip = StepGate.skipReason(definition, run);
            if (skip.isEmpty() && limit > 0 && run.activeMainSteps() >= limit) {
                continue;
            }
            if (skip.isEmpty() && !definition.preconditions().isEmpty()) {
                try {
                    skip = preconditions.firstUnmet(definition.preconditions(), variablesFor(run));
                } catch (RuntimeException e) { // e.g. a regular expression no validator saw: the step fails, the run goes on
                    step.end(StepStatus.FAILED, clock.instant(), "precondition could not be checked: "
                            + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
                    writer.updateStep(step);
                    continue;
                }
            }
            if (skip.isPresent()) {
                step.end(StepStatus.SKIPPED, clock.instant(), skip.get());
                writer.updateStep(step);
            } else {
                launch(run, step);
            }
        }
    }

    private static Map<String, String> variablesFor(WorkflowRunState run) {
        Map<String, String> variables = new LinkedHashMap<>(run.definition.env());
        variables.putAll(run.params);
        variables.putAll(run.outputsSoFar());
        return variables;
    }

    /**
     * The handlers in Dagu's order: success, failure or cancel (the one the outcome asks for; the others are skipped),
     * then exit. True while one is running or was just started.
     */
    private boolean runHandlers(WorkflowRunState run) {
        String wanted = StepEnds.handlerFor(run.outcome);
        for (StepState handler : run.handlers()) {
            if (handler.status != StepStatus.WAITING) {
                continue;
            }
            if (!handler.handler.equals("exit") && !handler.handler.equals(wanted)) {
                handler.end(StepStatus.SKIPPED, clock.instant(), "the run ended " + run.outcome);
                writer.updateStep(handler);
                continue;
            }
            launch(run, handler);
            return true;
        }
        return false;
    }

    /** One attempt of a step: a fresh output file, its task, its run through the engine, the step RUNNING. */
    private void launch(WorkflowRunState run, StepState step) {
        Instant now = clock.instant();
        step.attempts++;
        step.status = StepStatus.RUNNING;
        step.startedAt = step.startedAt == null ? now : step.startedAt;
        step.endedAt = null;
        step.exitCode = null;
        step.outputs.clear();
        Instant scheduledFor = step.lastScheduled == null || now.isAfter(step.lastScheduled) ? now : step.lastScheduled.plusMillis(1);
        step.lastScheduled = scheduledFor;
        try {
            Path outputFile = outputs.fresh(run.id, step);
            Task task = stepTasks.build(run, step, outputFile);
            Run attempt = engine.launchStep(task, run.id, step.name, step.attempts, scheduledFor, run.payloadPath);
            step.runId = attempt.getId();
            writer.updateStep(step);
        } catch (RuntimeException e) {
            LOG.warn("Step '{}' of workflow run #{} could not start: {}", step.name, run.id, e.getMessage());
            step.end(StepStatus.FAILED, now, "could not start: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            writer.updateStep(step);
            loop.execute(() -> guarded(() -> advance(run))); // decided after this pass, not inside it
        }
    }

    private void finish(WorkflowRunState run) {
        RunStatus status = run.endingAs != null ? run.endingAs : run.outcome; // a stop during the handlers wins
        String error = run.error;
        Optional<StepState> failedHandler = run.handlers().stream().filter(handler -> handler.status.isFailure()).findFirst();
        if (status == RunStatus.SUCCESS && failedHandler.isPresent()) {
            status = RunStatus.FAILED;
            error = "handler " + failedHandler.get().handler + " (" + failedHandler.get().name + ") failed";
        } else if (status == RunStatus.FAILED && error == null) {
            error = run.mainSteps().stream().filter(step -> step.status.isFailure()).map(step -> step.name + " " + step.status)
                    .reduce((a, b) -> a + ", " + b).map(failed -> "failed steps: " + failed).orElse(null);
        }
        end(run, status, error);
    }

    void end(WorkflowRunState run, RunStatus status, String error) {
        if (run.timeout != null) {
            run.timeout.cancel(false);
        }
        run.status = status;
        run.error = error;
        run.endedAt = clock.instant();
        writer.updateRun(run.id, status, run.startedAt, run.endedAt, error);
        events.publish(run.record());
        ended.accept(run);
    }

    /**
     * Stop or timeout: running steps and handlers are stopped (their trees), waiting steps end STOPPED; the handlers
     * then run, unless they had already started (those not started then end STOPPED too). A later stop while the run
     * still ends stops again whatever runs (a handler the first stop started).
     */
    void endEarly(WorkflowRunState run, RunStatus as, String why) {
        if (run.isOver()) {
            return;
        }
        if (run.endingAs == null) {
            run.endingAs = as;
            run.error = why;
        }
        boolean handlersStarted = run.outcome != null;
        Instant now = clock.instant();
        for (StepState step : run.steps.values()) {
            if (step.status == StepStatus.WAITING && (!step.isHandler() || handlersStarted)) {
                step.end(StepStatus.STOPPED, now, "not started: " + why);
                writer.updateStep(step);
            } else if (step.isActive() && step.retry != null) {
                step.retry.cancel(false);
                step.end(as == RunStatus.TIMEOUT ? StepStatus.TIMEOUT : StepStatus.STOPPED, now, why + " while it waited to retry");
                writer.updateStep(step);
            } else if (step.isActive()) {
                engine.stop(step.runId);
            }
        }
        advance(run);
    }

    /** Kumo shuts down: the run and its unfinished steps end INTERRUPTED (as recovery would after a crash). */
    void interrupt(WorkflowRunState run, String why) {
        Instant now = clock.instant();
        for (StepState step : run.steps.values()) {
            if (!step.status.isTerminal()) {
                if (step.retry != null) {
                    step.retry.cancel(false);
                }
                step.end(StepStatus.INTERRUPTED, now, why);
                writer.updateStep(step);
            }
        }
        run.outcome = RunStatus.INTERRUPTED;
        end(run, RunStatus.INTERRUPTED, why);
    }

    /** The loop never dies of one run's failure: it is logged, and that run alone may stall. */
    static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("The workflow engine failed to carry on a run", e);
        }
    }
}
