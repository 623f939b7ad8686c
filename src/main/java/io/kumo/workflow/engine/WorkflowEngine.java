package io.kumo.workflow.engine;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.ValidationException;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.Engine;
import io.kumo.engine.NodeSeat;
import io.kumo.engine.EngineListener;
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

/**
 * Runs workflows on Kumo's {@link Engine}: every attempt of a step is a normal run (logs, CPU/RSS, timeout, tree stop,
 * the global concurrency limit) launched through {@link Engine#launchStep}; this engine listens to their ends and starts
 * what may follow. All its decisions are taken on one thread ({@code kumo-workflows}), so a run's state needs no lock
 * and its steps' changes are written in the order they happen, each before anything starts on its account.
 */
public final class WorkflowEngine implements WorkflowRunner, EngineListener, AutoCloseable {

    private final Engine engine;
    private final NodeSeat seat;
    private final Clock clock;
    private final WorkflowRunWriter writer;
    private final WorkflowRunRows rows;
    private final WorkflowEvents events;
    private final AuditService audit;
    private final WorkflowSchedules schedules;
    private final StepOutputs outputs;
    private final RunProgress progress;
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
        NodeSeat seat = engine.seat();
        this.seat = seat;
        this.writer = new WorkflowRunWriter(services.database(), seat.name());
        // in a cluster a node recovers only its own workflow runs
        this.rows = new WorkflowRunRows(services.database(), seat.clustered() ? seat.name() : null);
        this.outputs = new StepOutputs(services.dataRoot());
        this.events = services.events();
        this.progress = new RunProgress(engine, clock, writer, new StepTasks(services.lookups()), outputs,
                new PreconditionCheck(services.launcher(), services.baseEnvironment(),
                        services.dataRoot().resolve("workflow-runs").resolve("scratch")), events, loop, this::ended);
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
            // a recovery that fails is logged; new runs are taken all the same
            RunProgress.guarded(() -> new WorkflowRecovery(rows, writer, outputs, clock).recover());
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
                List.copyOf(active.values()).forEach(run -> RunProgress.guarded(
                        () -> progress.interrupt(run, "Kumo was shut down during this run")));
                waiting.values().forEach(queue -> queue.forEach(run -> RunProgress.guarded(
                        () -> progress.interrupt(run, "Kumo was shut down before it started"))));
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
    public long start(StoredWorkflow workflow, Map<String, String> params, TriggerKind trigger, Path payload) {
        Instant now = clock.instant();
        String payloadPath = payload == null ? null : payload.toString();
        long id = onLoop(() -> submit(workflow.id(), workflow.definition(), workflow.yaml(), merged(workflow.definition(), params),
                trigger, now, true, null, Map.of(), payloadPath))
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
                progress.endEarly(run, RunStatus.STOPPED, "stopped by the user");
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
                workflowRunId, kept, old.payloadPath()))
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
            loop.execute(() -> RunProgress.guarded(() -> {
                WorkflowRunState state = active.get(ended.getWorkflowRunId());
                if (state != null) {
                    progress.attemptEnded(state, ended);
                }
            }));
        } catch (RejectedExecutionException e) {
            // closing: the run was ended INTERRUPTED with its workflow run already
        }
    }

    // ---- submitting runs (overlap policy)

    /**
     * Whether this node takes the workflows' scheduled fires: in a cluster only while it runs tasks and holds its lease
     * (the nodes race for each fire on the workflow run's unique key, as for tasks); on one machine always.
     */
    private boolean takesFires() {
        return !seat.clustered() || seat.runsTasks() && seat.holdsLease();
    }

    /** A fire of a workflow's schedule (from its fire scheduler's thread). */
    private void fireScheduled(StoredWorkflow workflow, TriggerKind kind, Instant scheduledFor) {
        if (!accepting || !takesFires()) {
            return;
        }
        Optional<Long> id = onLoop(() -> {
            Optional<Long> recorded = submit(workflow.id(), workflow.definition(), workflow.yaml(),
                    merged(workflow.definition(), Map.of()), kind, scheduledFor, false, null, Map.of(), null);
            if (recorded.isPresent()) {
                writer.moveLastFired(workflow.id(), scheduledFor);
            }
            return recorded;
        });
        id.ifPresent(run -> audited(run, workflow.name(), kind));
    }

    /** A gap of fires the misfire policy does not run: one MISSED run (keyed by the gap's first fire). */
    private void recordMissed(StoredWorkflow workflow, TriggerKind kind, Instant first, Instant last, long count, String note) {
        if (!takesFires()) {
            return;
        }
        if (writer.insertRun(workflow.id(), workflow.name(), kind, first, RunStatus.MISSED, clock.instant(), Map.of(), workflow.yaml(),
                null, note, List.of()).isPresent()) {
            writer.moveLastFired(workflow.id(), last);
        }
    }

    private Optional<Long> submit(long workflowId, WorkflowDefinition definition, String yaml, Map<String, String> params,
                                  TriggerKind trigger, Instant scheduledFor, boolean manual, Long rerunOf, Map<String, StepState> kept,
                                  String payloadPath) {
        if (!accepting) {
            throw new ValidationException("the workflow engine is not running");
        }
        Optional<WorkflowRunState> going = active.values().stream().filter(run -> run.workflowId == workflowId).findFirst();
        boolean queuedAlready = !waiting.getOrDefault(workflowId, new ArrayDeque<>()).isEmpty();
        OverlapPolicy policy = definition.overlap();
        Instant now = clock.instant();
        WorkflowRunState run = new WorkflowRunState(0, workflowId, definition, yaml, params, trigger, scheduledFor, rerunOf, payloadPath);
        RerunPlan.apply(run, kept);
        if ((going.isPresent() || queuedAlready) && policy != OverlapPolicy.ALLOW) {
            String skipped = policy == OverlapPolicy.SKIP && !manual
                    ? "skipped: run #" + going.map(r -> Long.toString(r.id)).orElse("?")
                            + " of this workflow was still running (overlap policy skip)"
                    : queuedAlready ? "skipped: a run of this workflow is already waiting" // as for tasks: one waits, no pile-up
                    : null;
            if (skipped != null) {
                return writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.SKIPPED, now, params, yaml,
                        rerunOf, skipped, run.steps.values(), payloadPath);
            }
            Optional<Long> id = writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.QUEUED, now, params,
                    yaml, rerunOf, null, run.steps.values(), payloadPath);
            id.ifPresent(created -> {
                run.id = created;
                run.status = RunStatus.QUEUED;
                waiting.computeIfAbsent(workflowId, key -> new ArrayDeque<>()).add(run);
                events.publish(run.record());
            });
            return id;
        }
        Optional<Long> id = writer.insertRun(workflowId, definition.name(), trigger, scheduledFor, RunStatus.RUNNING, now, params,
                yaml, rerunOf, null, run.steps.values(), payloadPath);
        id.ifPresent(created -> {
            run.id = created;
            begin(run, now);
        });
        return id;
    }

    private void begin(WorkflowRunState run, Instant now) {
        active.put(run.id, run);
        progress.begin(run, now);
    }

    /** A run ended: forgotten, and the next run its overlap policy queued starts (unless Kumo is closing). */
    private void ended(WorkflowRunState run) {
        active.remove(run.id);
        boolean idle = active.values().stream().noneMatch(going -> going.workflowId == run.workflowId);
        if (accepting && idle) {
            startNextWaiting(run.workflowId);
        }
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
                    progress.end(run, RunStatus.STOPPED, "cancelled before it started");
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

}
