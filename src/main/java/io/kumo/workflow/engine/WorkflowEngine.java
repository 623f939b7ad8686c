package io.kumo.workflow.engine;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.ValidationException;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.Engine;
import io.kumo.engine.EngineListener;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowEvents;
import io.kumo.workflow.service.WorkflowRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs workflows on Kumo's {@link Engine}: every attempt of a step is a normal run (logs, CPU/RSS, timeout, tree stop,
 * the global concurrency limit) launched through {@link Engine#launchStep}; this engine listens to their ends and starts
 * what may follow. All its decisions are taken on one thread ({@code kumo-workflows}), so a run's state needs no lock
 * and its steps' changes are written in the order they happen, each before anything starts on its account.
 */
public final class WorkflowEngine implements WorkflowRunner, EngineListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

    private final Engine engine;
    private final Clock clock;
    private final WorkflowRunWriter writer;
    private final WorkflowRunRows rows;
    private final StepTasks stepTasks;
    private final StepOutputs outputs;
    private final PreconditionCheck preconditions;
    private final WorkflowEvents events;
    private final AuditService audit;
    private final WorkflowSchedules schedules;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("kumo-workflows").daemon().factory());
    /** Runs going on, by id; read and changed on the loop only. */
    private final Map<Long, WorkflowRunState> active = new LinkedHashMap<>();
    /** Runs waiting for an earlier run of their workflow (overlap policy queue), by workflow id; on the loop only. */
    private final Map<Long, Queue<WorkflowRunState>> waiting = new HashMap<>();
    private volatile boolean accepting;

    public WorkflowEngine(WorkflowEngineServices services) {
        this.engine = services.engine();
        this.clock = services.clock();
        this.writer = new WorkflowRunWriter(services.database());
        this.rows = new WorkflowRunRows(services.database());
        this.stepTasks = new StepTasks(services.lookups());
        this.outputs = new StepOutputs(services.dataRoot());
        this.preconditions = new PreconditionCheck(services.launcher(), services.baseEnvironment(),
                services.dataRoot().resolve("workflow-runs").resolve("scratch"));
        this.events = services.events();
        this.audit = services.audit();
        this.schedules = new WorkflowSchedules(clock, services.workflows(), this::fireScheduled, this::recordMissed);
        engine.addListener(this);
    }

    /** The workflows' own fire scheduler (tests drive its {@code tick()}). */
    public WorkflowSchedules schedules() {
        return schedules;
    }

    // ---- the engine's lifecycle

    /** After the engine's recovery: the runs a crash left going are recovered, then the workflows scheduled. */
    @Override
    public void engineStarted() {
        onLoop(() -> {
            new WorkflowRecovery(rows, writer, outputs, clock).recover();
            accepting = true;
            return null;
        });
        schedules.start(engine.scheduler().isPaused());
    }

    @Override
    public void engineTimersStarted() {
        schedules.startTimer();
    }

    /** Before the engine stops its runs: nothing more starts, and the runs going on end INTERRUPTED with their steps. */
    @Override
    public void engineClosing() {
        close();
    }

    @Override
    public void close() {
        if (loop.isShutdown()) {
            return;
        }
        accepting = false;
        schedules.stop();
        try {
            onLoop(() -> {
                List.copyOf(active.values()).forEach(run -> interrupt(run, "Kumo was shut down during this run"));
                waiting.values().forEach(queue -> queue.forEach(run -> interrupt(run, "Kumo was shut down before it started")));
                waiting.clear();
                return null;
            });
        } finally {
            loop.shutdown();
        }
    }

    /** Follows the global pause of scheduling, as the engine does. */
    @Override
    public void schedulingPaused(boolean paused) {
        schedules.setPaused(paused);
    }

    // ---- the runner port

    @Override
    public long start(StoredWorkflow workflow, Map<String, String> params, TriggerKind trigger) {
        Instant now = clock.instant();
        long id = onLoop(() -> submit(workflow.id(), workflow.definition(), workflow.yaml(), merged(workflow.definition(), params),
                trigger, now, true, null, Map.of()))
                .orElseThrow(() -> new ValidationException("workflow " + workflow.name() + " was already started at this instant"));
        audited(id, workflow.name(), trigger);
        return id;
    }

    private void audited(long runId, String workflowName, TriggerKind trigger) {
        audit.record(AuditAction.RUN.name(), "WORKFLOW_RUN", Long.toString(runId), workflowName, List.of(),
                trigger.name().toLowerCase(java.util.Locale.ROOT) + " run #" + runId);
    }

    @Override
    public boolean stop(long workflowRunId) {
        boolean stopped = onLoop(() -> {
            WorkflowRunState run = active.get(workflowRunId);
            if (run != null) {
                endEarly(run, RunStatus.STOPPED, "stopped by the user");
                return true;
            }
            return cancelWaiting(workflowRunId);
        });
        if (stopped) {
            audit.record(AuditAction.STOP.name(), "WORKFLOW_RUN", Long.toString(workflowRunId), null, List.of(), "stop requested");
        }
        return stopped;
    }

    @Override
    public long rerunFromFailed(long workflowRunId) {
        WorkflowRunRows.StoredRun old = rows.run(workflowRunId)
                .orElseThrow(() -> new ValidationException("no workflow run #" + workflowRunId));
        if (!old.status().isTerminal()) {
            throw new ValidationException("workflow run #" + workflowRunId + " is still going on");
        }
        WorkflowDefinition definition = io.kumo.workflow.WorkflowYaml.parse(old.yaml());
        Map<String, StepState> kept = RerunPlan.kept(definition, rows.steps(workflowRunId), workflowRunId);
        if (kept.size() == definition.steps().size()) {
            throw new ValidationException("workflow run #" + workflowRunId + " had no failed step to run again");
        }
        Instant now = clock.instant();
        long id = onLoop(() -> submit(old.workflowId(), definition, old.yaml(), old.params(), TriggerKind.MANUAL, now, true,
                workflowRunId, kept))
                .orElseThrow(() -> new ValidationException("workflow " + old.workflowName() + " was already started at this instant"));
        audit.record(AuditAction.RUN.name(), "WORKFLOW_RUN", Long.toString(id), old.workflowName(), List.of(),
                "re-run of #" + workflowRunId + " from its failed steps");
        return id;
    }

    @Override
    public void workflowChanged(StoredWorkflow workflow) {
        schedules.changed(workflow);
    }

    @Override
    public void workflowDeleted(long workflowId) {
        schedules.deleted(workflowId);
    }

    @Override
    public Optional<Instant> nextFire(long workflowId) {
        return schedules.nextFire(workflowId);
    }

    // ---- step runs ending

    @Override
    public void runChanged(Run run) {
        if (!run.isWorkflowStep() || !run.getStatus().isTerminal()) {
            return;
        }
        Run ended = run.copy();
        try {
            loop.execute(() -> guarded(() -> attemptEnded(ended)));
        } catch (RejectedExecutionException e) {
            // closing: the run was ended INTERRUPTED with its workflow run already
        }
    }

    private void attemptEnded(Run run) {
        WorkflowRunState state = active.get(run.getWorkflowRunId());
        StepState step = state == null ? null : state.step(run.getStepName());
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
            StepOutputs.Read read = StepOutputs.read(outputs.fileOf(state.id, step.name));
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
                skip = preconditions.firstUnmet(definition.preconditions(), variablesFor(run));
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
            Path outputFile = outputs.fresh(run.id, step.name);
            Task task = stepTasks.build(run, step, outputFile);
            Run attempt = engine.launchStep(task, run.id, step.name, step.attempts, scheduledFor);
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
        RunStatus status = run.outcome;
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
        startNextWaiting(run.workflowId);
    }

    private void end(WorkflowRunState run, RunStatus status, String error) {
        if (run.timeout != null) {
            run.timeout.cancel(false);
        }
        run.status = status;
        run.error = error;
        run.endedAt = clock.instant();
        writer.updateRun(run.id, status, run.startedAt, run.endedAt, error);
        active.remove(run.id);
        events.publish(run.record());
    }

    /** Stop or timeout: running steps are stopped (their trees), waiting ones end STOPPED; the handlers then run. */
    private void endEarly(WorkflowRunState run, RunStatus as, String why) {
        if (run.endingAs != null || run.isOver()) {
            return;
        }
        run.endingAs = as;
        run.error = why;
        Instant now = clock.instant();
        for (StepState step : run.mainSteps()) {
            if (step.status == StepStatus.WAITING) {
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
    private void interrupt(WorkflowRunState run, String why) {
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

    // ---- submitting runs (overlap policy)

    /** A fire of a workflow's schedule (from its fire scheduler's thread). */
    private void fireScheduled(StoredWorkflow workflow, TriggerKind kind, Instant scheduledFor) {
        if (!accepting) {
            return;
        }
        Optional<Long> id = onLoop(() -> {
            Optional<Long> recorded = submit(workflow.id(), workflow.definition(), workflow.yaml(),
                    merged(workflow.definition(), Map.of()), kind, scheduledFor, false, null, Map.of());
            if (recorded.isPresent()) {
                writer.moveLastFired(workflow.id(), scheduledFor);
            }
            return recorded;
        });
        id.ifPresent(run -> audited(run, workflow.name(), kind));
    }

    /** A gap of fires the misfire policy does not run: one MISSED run (keyed by the gap's first fire). */
    private void recordMissed(StoredWorkflow workflow, TriggerKind kind, Instant first, Instant last, long count, String note) {
        if (writer.insertRun(workflow.id(), workflow.name(), kind, first, RunStatus.MISSED, clock.instant(), Map.of(), workflow.yaml(),
                null, note, List.of()).isPresent()) {
            writer.moveLastFired(workflow.id(), last);
        }
    }

    private Optional<Long> submit(long workflowId, WorkflowDefinition definition, String yaml, Map<String, String> params,
                                  TriggerKind trigger, Instant scheduledFor, boolean manual, Long rerunOf, Map<String, StepState> kept) {
        if (!accepting) {
            throw new ValidationException("the workflow engine is not running");
        }
        Optional<WorkflowRunState> going = active.values().stream().filter(run -> run.workflowId == workflowId).findFirst();
        boolean queuedAlready = !waiting.getOrDefault(workflowId, new ArrayDeque<>()).isEmpty();
        OverlapPolicy policy = definition.overlap();
        Instant now = clock.instant();
        WorkflowRunState run = new WorkflowRunState(0, workflowId, definition, yaml, params, trigger, scheduledFor, rerunOf);
        RerunPlan.apply(run, kept);
        if ((going.isPresent() || queuedAlready) && policy != OverlapPolicy.ALLOW) {
            if (policy == OverlapPolicy.SKIP && !manual) {
                String reason = "skipped: run #" + going.map(r -> Long.toString(r.id)).orElse("?")
                        + " of this workflow was still running (overlap policy skip)";
                return writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.SKIPPED, now, params, yaml,
                        rerunOf, reason, run.steps.values());
            }
            Optional<Long> id = writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.QUEUED, now, params,
                    yaml, rerunOf, null, run.steps.values());
            id.ifPresent(created -> {
                run.id = created;
                run.status = RunStatus.QUEUED;
                waiting.computeIfAbsent(workflowId, key -> new ArrayDeque<>()).add(run);
                events.publish(run.record());
            });
            return id;
        }
        Optional<Long> id = writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.RUNNING, now, params,
                yaml, rerunOf, null, run.steps.values());
        id.ifPresent(created -> {
            run.id = created;
            begin(run, now);
        });
        return id;
    }

    private void begin(WorkflowRunState run, Instant now) {
        run.status = RunStatus.RUNNING;
        run.startedAt = now;
        active.put(run.id, run);
        Long limit = run.definition.timeoutSeconds();
        if (limit != null && limit > 0) {
            run.timeout = loop.schedule(() -> guarded(() -> endEarly(run, RunStatus.TIMEOUT,
                    "the workflow timed out after " + limit + " s")), limit, TimeUnit.SECONDS);
        }
        events.publish(run.record());
        advance(run);
    }

    private void startNextWaiting(long workflowId) {
        Queue<WorkflowRunState> queue = waiting.get(workflowId);
        WorkflowRunState next = queue == null ? null : queue.poll();
        if (next != null) {
            writer.updateRun(next.id, RunStatus.RUNNING, clock.instant(), null, null);
            begin(next, clock.instant());
        }
    }

    private boolean cancelWaiting(long workflowRunId) {
        for (Queue<WorkflowRunState> queue : waiting.values()) {
            for (WorkflowRunState run : queue) {
                if (run.id == workflowRunId) {
                    queue.remove(run);
                    run.steps.values().forEach(step -> {
                        step.end(StepStatus.STOPPED, clock.instant(), "cancelled before the run started");
                        writer.updateStep(step);
                    });
                    end(run, RunStatus.STOPPED, "cancelled before it started");
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> merged(WorkflowDefinition definition, Map<String, String> overrides) {
        Map<String, String> params = new LinkedHashMap<>(definition.params());
        params.putAll(overrides);
        return params;
    }

    // ---- the loop

    private <T> T onLoop(Callable<T> work) {
        try {
            return loop.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workflow engine", e);
        } catch (RejectedExecutionException e) {
            throw new ValidationException("the workflow engine is closed");
        }
    }

    /** The loop never dies of one run's failure: it is logged, and that run alone may stall. */
    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("The workflow engine failed to carry on a run", e);
        }
    }
}
