package io.kumo.engine;

import io.kumo.audit.AuditAction;
import io.kumo.common.Observable;
import io.kumo.common.ConflictException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.schedule.CronTrigger;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.service.TaskScheduling;
import io.kumo.settings.Settings;
import io.kumo.storage.DiskFullException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduling engine: turns fires into run records (overlap and misfire policies), runs them through the
 * dispatcher (concurrency, timeouts, stop), retries failures, recovers after a crash and shuts down cleanly.
 *
 * <p>Its {@link NodeSeat} says where it sits. Every run it records carries the seat's name. As one node of a cluster
 * it recovers and triages only its own runs, schedules only the tasks it may run, records a manual run of a task it
 * may not run with no node (another node adopts it), claims only runs still its own, yields fires to free nodes while
 * it is full, and records, claims and spawns nothing while it does not hold its lease.
 */
public final class Engine implements FireScheduler.Target, TaskScheduling, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** Catch-up runs of one gap at most (misfire policy all); older fires are counted in the gap's MISSED entry. */
    static final int MISSED_KEPT = 100;
    static final int MAX_RETRIES = 100;
    /** How many following milliseconds a manual run tries when its instant is taken by another run of the task. */
    static final int MANUAL_RUN_NUDGES = 1000;
    static final Duration MAX_RETRY_DELAY = Duration.ofDays(1);
    /**
     * Cluster mode: how long a node at its limit leaves a fire to the others before it records it itself. A free node
     * records a fire {@link FireScheduler#LEAD} ahead of its instant, so a short wait is enough for one to take it; a
     * longer one only makes the fire late when every node is busy.
     */
    static final Duration BUSY_YIELD = Duration.ofMillis(250);

    private final EngineServices services;
    private final NodeSeat seat;
    /** Runs another node asked this one to stop whose stop is under way (asked again at every look until they end). */
    private final Set<Long> stopsAsked = ConcurrentHashMap.newKeySet();
    private final EngineTasks tasks;
    private final Clock clock;
    private final RunStore runs;
    private final FireScheduler scheduler;
    private final RunDispatcher dispatcher;
    private final ConditionGate gate;
    private final ResourceSampler sampler;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final UnrecordedFires unrecorded;
    private final Map<Long, ReentrantLock> submitLocks = new ConcurrentHashMap<>();
    private final Observable.Pin storagePin;
    private volatile boolean started;
    /** A command's own engine that is never started still takes the workflow steps the command runs. */
    private volatile boolean stepsAccepted;
    private volatile boolean closed;

    /**
     * Builds the engine on its collaborators; nothing runs until {@link #start()} (or {@link #prepare()}). Task changes
     * reach it through {@link #taskChanged}, called by whoever saves tasks.
     */
    public Engine(EngineServices services) {
        this.services = services;
        this.seat = services.seat();
        this.tasks = services.tasks();
        this.clock = services.clock();
        this.runs = services.runs().on(seat.name(), seat.clustered());
        this.sampler = services.sampler();
        this.scheduler = new FireScheduler(clock, this, MISSED_KEPT);
        this.dispatcher = new RunDispatcher(runs, services.launcher(), services.launches(), sampler, clock,
                services.executors().workers(), services.executors().timers(), this::concurrencyLimit, seat::holdsLease,
                this::stopGrace, this::publish, this::finished);
        this.gate = new ConditionGate(clock, tasks, services.conditions(), services.executors().workers(), new GateOutcomes());
        this.unrecorded = new UnrecordedFires(runs, clock);
        // space is back: the fires that could not be recorded get their MISSED records
        this.storagePin = services.storage().observe(state -> {
            if (!state.full()) {
                unrecorded.record(this::publish);
            }
        });
    }

    /** The engine's run store: it stamps this node's name on the runs it records (and is fenced in a cluster). */
    public RunStore runs() {
        return runs;
    }

    public NodeSeat seat() {
        return seat;
    }

    /** The most runs at once here: the node's own limit, else the global setting. */
    private int concurrencyLimit() {
        return seat.maxRuns().orElseGet(() -> services.settings().get(Settings.MAX_CONCURRENT_RUNS));
    }

    /** How many runs are going on in this engine now (a cluster node's heartbeat reports it). */
    public int runningHere() {
        return dispatcher.runningCount();
    }

    /** Whether this engine takes {@code task}'s fires: on one machine always; in a cluster when it may run it here. */
    private boolean schedulesHere(Task task) {
        return !seat.clustered() || seat.runsTasks() && seat.whyNotHere(task).isEmpty();
    }

    /** Whether a run of {@code task} asked for here is this node's to run; else it is recorded for adoption. */
    private boolean runsHere(Task task) {
        return !seat.clustered() || seat.runsTasks() && seat.holdsLease() && seat.whyNotHere(task).isEmpty();
    }

    public FireScheduler scheduler() {
        return scheduler;
    }

    public void addListener(EngineListener listener) {
        listeners.add(listener);
    }

    public void removeListener(EngineListener listener) {
        listeners.remove(listener);
    }

    /** Recovers, schedules every enabled task, runs {@code @reboot} tasks and starts the timer thread. */
    public void start() {
        prepare();
        sampler.start();
        scheduler.start();
        long recheck = ConditionGate.RECHECK.toMillis();
        services.executors().timers().scheduleWithFixedDelay(this::recheckConditions, recheck, recheck,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        tell(EngineListener::engineTimersStarted);
    }

    /** Everything {@link #start()} does but the timer thread: tests drive {@link FireScheduler#tick()} themselves. */
    public void prepare() {
        // in a cluster only this node's runs: the others' are theirs, or the failover's
        RunRecovery recovery = new RunRecovery(runs, clock, stopGrace(), seat.clustered() ? seat.name() : null);
        int recovered = recovery.resolveRunning();
        if (recovered > 0) {
            LOG.warn("{} run(s) left RUNNING by a previous Kumo were resolved", recovered);
        }
        // read before scheduling: a @reboot fire recorded below is handed to the dispatcher already
        List<Run> leftQueued = recovery.left(RunStatus.QUEUED);
        recovery.stopClaimed(leftQueued);
        scheduler.setPaused(services.settings().get(Settings.SCHEDULER_PAUSED));
        for (Task task : tasks.all()) {
            if (task.isEnabled()) {
                scheduleFromLastFire(task);
            }
        }
        resumeQueuedRuns(leftQueued, "Kumo stopped before this workflow step started");
        started = true;
        services.status().state().set(scheduler.isPaused() ? EngineState.PAUSED : EngineState.RUNNING);
        tell(EngineListener::engineStarted);
    }

    private void scheduleFromLastFire(Task task) {
        if (!schedulesHere(task)) {
            return;
        }
        try {
            Optional<Trigger> trigger = Triggers.of(task);
            if (trigger.isEmpty()) {
                return;
            }
            if (trigger.get() instanceof CronTrigger cron && cron.isReboot()) {
                fire(task, trigger.get(), clock.instant());
                return;
            }
            Instant from = task.getLastFiredAt() != null ? task.getLastFiredAt() : task.getUpdatedAt();
            scheduler.schedule(task, trigger.get(), from);
        } catch (RuntimeException e) {
            // one stored task that cannot be scheduled (an older Kumo accepted values that overflow) must not stop
            // the engine nor the other tasks: it is skipped until it is edited
            LOG.error("Task '{}' cannot be scheduled and is skipped: {}", task.getName(), e.getMessage());
        }
    }

    /**
     * QUEUED runs from before a restart: pending ones wait for their time, due ones start, and misfired ones follow
     * their task's misfire policy ({@link QueuedRunTriage}).
     */
    private void resumeQueuedRuns(List<Run> leftQueued, String stepReason) {
        Instant now = clock.instant();
        Map<Long, Task> queuedTasks = new HashMap<>();
        List<Run> queued = new ArrayList<>();
        for (Run run : leftQueued) {
            if (run.isWorkflowStep()) { // its workflow run is recovered by the workflow engine, which this run's end tells
                end(run, RunStatus.INTERRUPTED, stepReason);
                continue;
            }
            Optional<Task> task = tasks.find(run.getTaskId());
            if (task.isEmpty()) {
                end(run, RunStatus.INTERRUPTED, "its task was deleted");
            } else {
                queuedTasks.put(run.getTaskId(), task.get());
                queued.add(run);
            }
        }
        var triage = new QueuedRunTriage(now, FireScheduler.MISFIRE_THRESHOLD).triage(queued,
                taskId -> queuedTasks.get(taskId).getMisfirePolicy(),
                taskId -> scheduler.nextFire(taskId)
                        .filter(next -> Duration.between(next, now).compareTo(FireScheduler.MISFIRE_THRESHOLD) > 0).isPresent());
        for (QueuedRunTriage.Decision decision : triage) {
            Run run = decision.run();
            switch (decision.action()) {
                case WAIT -> scheduler.delay(run.getId(), run.getScheduledFor());
                case START -> gate.offer(run, queuedTasks.get(run.getTaskId()));
                case MISS -> end(run, RunStatus.MISSED, decision.reason());
                case INTERRUPT -> end(run, RunStatus.INTERRUPTED, decision.reason());
            }
        }
    }

    @Override
    public void fire(Task task, Trigger trigger, Instant scheduledFor) {
        if (!seat.holdsLease()) {
            return; // the fires of this time are the other nodes'; the scheduler moves on
        }
        if (seat.clustered() && dispatcher.full()) {
            scheduler.yieldFire(new FireScheduler.DueFire(task, trigger, scheduledFor), scheduledFor.plus(BUSY_YIELD));
            return;
        }
        fireNow(task, trigger, scheduledFor);
    }

    /** A fire this full node left to the others: taken now unless one of them recorded it (the unique key decides). */
    @Override
    public void fireYielded(FireScheduler.DueFire fire) {
        if (seat.holdsLease()) {
            fireNow(fire.task(), fire.trigger(), fire.scheduledFor());
        }
    }

    private void fireNow(Task task, Trigger trigger, Instant scheduledFor) {
        // the scheduler's copy of the task is kept current by the repository listener: no read on the hot path
        try {
            submit(task, trigger.kind(), scheduledFor, false, null);
        } catch (DiskFullException e) {
            unrecorded.add(task, trigger.kind(), scheduledFor);
        }
    }

    /**
     * Applies the overlap policy, records the run and hands it to the dispatcher. Empty when the fire was a duplicate.
     * One task's submissions take turns: the overlap check and the enqueue are one step, so two fires at once never
     * both find the task idle.
     */
    private Optional<Run> submit(Task task, TriggerKind kind, Instant scheduledFor, boolean manual, String payloadPath) {
        ReentrantLock lock = submitLock(task);
        lock.lock();
        try {
            return submitAlone(task, kind, scheduledFor, manual, payloadPath);
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock submitLock(Task task) {
        return submitLocks.computeIfAbsent(task.getId(), id -> new ReentrantLock());
    }

    /**
     * The on-time fires of one scheduler pass (a burst: many tasks on one instant) are recorded in one transaction and
     * handed to the dispatcher together. Each task's overlap check and enqueue stay one step: the batch holds the
     * tasks' submit locks (only the scheduler thread takes more than one, in task order). A fire whose task is busy
     * or already in the batch, and a batch that meets a duplicate, go one by one as {@link #fire} does.
     */
    @Override
    public void fireAll(List<FireScheduler.DueFire> handed) {
        if (!seat.holdsLease()) {
            return;
        }
        List<FireScheduler.DueFire> fires = handed;
        if (seat.clustered()) { // a full node leaves what its free slots do not take to the others for a moment
            int free = dispatcher.freeSlots();
            if (free < handed.size()) {
                handed.subList(free, handed.size()).forEach(fire -> scheduler.yieldFire(fire, fire.scheduledFor().plus(BUSY_YIELD)));
                fires = handed.subList(0, free);
            }
            if (fires.isEmpty()) {
                return;
            }
        }
        if (fires.size() == 1) {
            FireScheduler.DueFire only = fires.getFirst();
            fireNow(only.task(), only.trigger(), only.scheduledFor());
            return;
        }
        Map<Long, FireScheduler.DueFire> firstPerTask = new TreeMap<>();
        List<FireScheduler.DueFire> later = new ArrayList<>();
        for (FireScheduler.DueFire due : fires) {
            if (firstPerTask.putIfAbsent(due.task().getId(), due) != null) {
                later.add(due);
            }
        }
        List<ReentrantLock> held = new ArrayList<>();
        try {
            List<FireScheduler.DueFire> batch = new ArrayList<>();
            for (FireScheduler.DueFire due : firstPerTask.values()) {
                ReentrantLock lock = submitLock(due.task());
                lock.lock();
                held.add(lock);
                if (dispatcher.isRunning(due.task().getId()) || dispatcher.isWaiting(due.task().getId())) {
                    later.add(due); // its overlap policy decides, one by one
                } else {
                    batch.add(due);
                }
            }
            recordTogether(batch);
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
        later.forEach(due -> fire(due.task(), due.trigger(), due.scheduledFor()));
    }

    /** Fires of idle tasks (their submit locks held): one transaction, then the dispatcher; one by one after a duplicate. */
    private void recordTogether(List<FireScheduler.DueFire> batch) {
        Optional<List<Run>> recorded;
        try {
            recorded = runs.recordFires(batch.stream().map(due -> new RunStore.Fire(due.task(), due.trigger().kind(), due.scheduledFor())).toList(),
                    clock.instant());
        } catch (DiskFullException e) {
            batch.forEach(due -> unrecorded.add(due.task(), due.trigger().kind(), due.scheduledFor()));
            return;
        } catch (RuntimeException e) { // one bad record must not lose the others' fires
            LOG.warn("Recording {} fires together failed; recording them one by one: {}", batch.size(), e.toString());
            recorded = Optional.empty();
        }
        if (recorded.isEmpty()) { // one of them was recorded already: the others still run, each exactly once
            batch.forEach(due -> fire(due.task(), due.trigger(), due.scheduledFor()));
            return;
        }
        List<Run> created = recorded.get();
        created.forEach(this::publish);
        Map<Long, Task> tasksById = new java.util.HashMap<>();
        batch.forEach(due -> tasksById.put(due.task().getId(), due.task()));
        List<Run> free = new ArrayList<>();
        for (Run run : created) { // runs with conditions go through the gate, the others to the dispatcher together
            Task task = tasksById.get(run.getTaskId());
            if (ConditionGate.applies(run, task)) {
                gate.offer(run, task);
            } else {
                free.add(run);
            }
        }
        dispatcher.enqueueAll(free, free.stream().map(run -> tasksById.get(run.getTaskId())).toList());
    }

    private Optional<Run> submitAlone(Task task, TriggerKind kind, Instant scheduledFor, boolean manual, String payloadPath) {
        Instant now = clock.instant();
        boolean running = dispatcher.isRunning(task.getId());
        boolean waiting = dispatcher.isWaiting(task.getId());
        Optional<Long> held = gate.heldRunOf(task.getId());
        OverlapPolicy policy = task.getOverlapPolicy();
        if (policy == OverlapPolicy.SKIP && !manual && (running || waiting)) {
            String reason = "skipped: run #" + dispatcher.runningRunOf(task.getId()).map(String::valueOf).orElse("?")
                    + " of this task was still running (overlap policy skip)";
            return record(task, kind, scheduledFor, RunStatus.SKIPPED, now, reason);
        }
        if (policy != OverlapPolicy.ALLOW && waiting) {
            return record(task, kind, scheduledFor, RunStatus.SKIPPED, now, "skipped: a run of this task is already waiting");
        }
        if (policy != OverlapPolicy.ALLOW && held.isPresent()) {
            return record(task, kind, scheduledFor, RunStatus.SKIPPED, now,
                    "skipped: run #" + held.get() + " of this task is still waiting for its conditions");
        }
        Optional<Run> run = runs.recordFire(task, kind, scheduledFor, RunStatus.QUEUED, now, null, payloadPath);
        run.ifPresent(created -> {
            publish(created);
            gate.offer(created, task);
        });
        return run;
    }

    private Optional<Run> record(Task task, TriggerKind kind, Instant scheduledFor, RunStatus status, Instant now, String note) {
        Optional<Run> run = runs.recordFire(task, kind, scheduledFor, status, now, note);
        run.ifPresent(this::publish);
        return run;
    }

    /**
     * Late fires are coalesced by the task's misfire policy: {@code skip} runs none, {@code once} runs the newest as a
     * catch-up (none when an on-time fire follows), {@code all} runs the newest {@link #MISSED_KEPT}. The rest are one
     * MISSED run for the whole gap.
     */
    @Override
    public void misfire(Task task, Trigger trigger, LateFires late, boolean onTimeFollows) {
        if (!seat.holdsLease()) {
            return;
        }
        Optional<Task> current = tasks.find(task.getId()).filter(Task::isEnabled);
        if (current.isEmpty()) {
            return;
        }
        Task live = current.get();
        MisfirePolicy policy = live.getMisfirePolicy();
        int catchUps = switch (policy) {
            case SKIP -> 0;
            case ONCE -> onTimeFollows ? 0 : 1;
            case ALL -> MISSED_KEPT;
        };
        LOG.info("Task '{}' missed {} fire(s); misfire policy {}", live.getName(), late.total(), policy);
        late.before(catchUps).ifPresent(gap -> recordGap(live, trigger, gap, policy));
        for (Instant missed : late.newest(catchUps)) {
            try {
                submit(live, TriggerKind.CATCHUP, missed, false, null);
            } catch (DiskFullException e) {
                unrecorded.add(live, trigger.kind(), missed);
            }
        }
    }

    private static ZoneId zoneOf(Task task) {
        try {
            return Triggers.zone(task.getTimeZone());
        } catch (RuntimeException e) { // a zone stored by an older Kumo that this JDK does not know
            return ZoneOffset.UTC;
        }
    }

    private void recordGap(Task task, Trigger trigger, MissedGap gap, MisfirePolicy policy) {
        ZoneId zone = zoneOf(task);
        String note = gap.describe(zone, clock.instant().atZone(zone).toLocalDate())
                + " (Kumo was not running, was held up or the computer slept; misfire policy " + policy.name().toLowerCase(Locale.ROOT) + ")";
        int count = (int) Math.min(Integer.MAX_VALUE, gap.count());
        try {
            runs.recordMissedGap(task, trigger.kind(), gap.first(), gap.last(), count, clock.instant(), note).ifPresent(this::publish);
        } catch (DiskFullException e) {
            unrecorded.add(task, trigger.kind(), gap.last());
        }
    }

    @Override
    public void startDelayed(long runId) {
        runs.find(runId).filter(run -> run.getStatus() == RunStatus.QUEUED).filter(this::mine).ifPresent(run ->
                tasks.find(run.getTaskId()).ifPresentOrElse(
                        task -> gate.offer(run, task),
                        () -> end(run, RunStatus.INTERRUPTED, "its task was deleted")));
    }

    /**
     * Checks again the conditions of the runs held for them: each starts once they hold, or is skipped once its wait is
     * over. The engine's timer calls this every 30 s after {@link #start()}; tests on {@link #prepare()} call it.
     */
    public void recheckConditions() {
        try {
            gate.recheck();
        } catch (RuntimeException e) { // the timer's task must not die: a failed pass is followed by the next
            LOG.warn("Checking run conditions failed", e);
        }
    }

    /** Where the gate hands the runs it decided on. */
    private final class GateOutcomes implements ConditionGate.Outcomes {
        @Override
        public void admit(Run run, Task task, String note) {
            dispatcher.enqueue(run, task, note);
        }

        @Override
        public void skip(Run run, String reason) {
            LOG.info("Run #{} of '{}' {}", run.getId(), run.getTaskName(), reason);
            end(run, RunStatus.SKIPPED, reason);
        }

        @Override
        public void waiting(Run run) {
            runs.update(run);
            publish(run);
        }
    }

    /** Whether the run is this engine's: on one machine every run; in a cluster, its node's name is this one's. */
    private boolean mine(Run run) {
        return !seat.clustered() || seat.name().equals(run.getNode());
    }

    private void finished(Run run, Task task) {
        showRunningCount();
        stopsAsked.remove(run.getId());
        if (!seat.holdsLease()) {
            return; // its retry is the node's that takes this one's runs over
        }
        boolean retryable = run.getStatus() == RunStatus.FAILED || run.getStatus() == RunStatus.TIMEOUT;
        if (!retryable || !started || run.getAttempt() > retriesAllowed(task)) {
            return;
        }
        try {
            retry(run, task);
        } catch (RuntimeException e) { // one task's retry must not break the end of the run nor the dispatcher
            LOG.error("Run #{} of '{}' is not retried: {}", run.getId(), task.getName(), e.getMessage());
        }
    }

    private void retry(Run run, Task task) {
        Optional<Task> current = tasks.find(task.getId());
        if (current.isEmpty() || run.getAttempt() > retriesAllowed(current.get()) || !started) {
            return;
        }
        Task live = current.get();
        Duration delay = retryDelay(live, run.getAttempt());
        Run retry = runs.recordRetry(run, run.getEndedAt().plus(delay), clock.instant());
        scheduler.delay(retry.getId(), retry.getScheduledFor());
        publish(retry);
    }

    /** Delay before attempt {@code failedAttempt + 1}: fixed, or doubling per attempt; at most a day either way. */
    static Duration retryDelay(Task task, int failedAttempt) {
        long seconds = Math.clamp(task.getRetryDelaySeconds(), 0, MAX_RETRY_DELAY.toSeconds()); // an older Kumo stored more
        Duration delay = Duration.ofSeconds(seconds);
        if (task.getRetryBackoff() == RetryBackoff.EXPONENTIAL) {
            delay = delay.multipliedBy(1L << Math.clamp(failedAttempt - 1, 0, 20));
        }
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    /** The task's retries, at most {@link #MAX_RETRIES} (the limit of the task rules; an older Kumo stored more). */
    static int retriesAllowed(Task task) {
        return Math.clamp(task.getRetries(), 0, MAX_RETRIES);
    }

    /** Run now, whatever the schedule; audited. A task with a run going waits for it unless it allows overlap. */
    public Run runNow(Task task) {
        return runNow(task, null, "manual run #");
    }

    /**
     * As {@link #runNow(Task)}, for a webhook trigger: the run, and each retry of it, reads the request's body from
     * {@code payload} through {@code KUMO_PAYLOAD}.
     */
    public Run runNow(Task task, java.nio.file.Path payload) {
        return runNow(task, payload.toString(), "triggered run #");
    }

    private Run runNow(Task task, String payloadPath, String auditNote) {
        Instant now = clock.instant();
        boolean here = runsHere(task);
        // a manual run's instant means nothing: one that meets another run of the task on the (task, instant) key,
        // such as two API calls in one millisecond, takes the next free millisecond (runs are stored to the ms)
        Optional<Run> submitted = Optional.empty();
        for (int nudge = 0; submitted.isEmpty() && nudge < MANUAL_RUN_NUDGES; nudge++) {
            submitted = here ? submit(task, TriggerKind.MANUAL, now.plusMillis(nudge), true, payloadPath)
                    : runs.recordUnassigned(task, TriggerKind.MANUAL, now.plusMillis(nudge), now, payloadPath);
        }
        if (!here) {
            submitted.ifPresent(this::publish);
            submitted.ifPresent(run -> LOG.info("Run #{} of '{}' waits for another node to take it: {}", run.getId(),
                    task.getName(), whyNotRunHere(task)));
        }
        Run run = submitted.orElseThrow(() -> new ConflictException("task " + task.getName() + " was already started "
                + MANUAL_RUN_NUDGES + " times in this millisecond and the next ones"));
        services.audit().record(AuditAction.RUN, task, List.of(), auditNote + run.getId());
        return run;
    }

    /**
     * Records a QUEUED attempt of a workflow step and hands it to the dispatcher: the global concurrency limit, its
     * timeout and the tree stop apply as to any run. {@code stepTask} is the in-memory task the step runs (its id is
     * minus the step row's, its retries none: the workflow engine retries steps itself); {@code scheduledFor} differs
     * per attempt of a step.
     */
    public Run launchStep(Task stepTask, long workflowRunId, String stepName, int attempt, Instant scheduledFor) {
        return launchStep(stepTask, workflowRunId, stepName, attempt, scheduledFor, null);
    }

    /** As above, the attempt reading the workflow run's webhook payload ({@code payloadPath}; null: none). */
    public Run launchStep(Task stepTask, long workflowRunId, String stepName, int attempt, Instant scheduledFor,
                          String payloadPath) {
        if (!started && !stepsAccepted) {
            throw new IllegalStateException("the engine is not running");
        }
        // a workflow run's steps stay on the node that runs the workflow: only its engine hears of their ends
        Run run = runs.recordStep(stepTask, workflowRunId, stepName, attempt, scheduledFor, clock.instant(), payloadPath);
        publish(run);
        dispatcher.enqueue(run, stepTask);
        return run;
    }

    private String whyNotRunHere(Task task) {
        if (!seat.runsTasks()) {
            return "this node runs no tasks";
        }
        if (!seat.holdsLease()) {
            return "this node does not hold its cluster lease";
        }
        return seat.whyNotHere(task).orElse("it may not run here");
    }

    /**
     * For a CLI command on its own (no instance): this engine, never started (no recovery, schedule or timer), takes the
     * steps of the workflow run the command asks for, as it takes {@link #runNow} runs.
     */
    public void acceptWorkflowSteps() {
        stepsAccepted = true;
    }

    /**
     * Stops every running run of the task (its whole tree) and cancels its queued ones, a delayed retry included; each
     * audited. The window's Stop and the API's {@code POST /tasks/{name}/stop} both call this. Returns the runs stopped.
     */
    public List<Long> stopTask(long taskId) {
        List<Long> stopped = new ArrayList<>();
        for (Run run : runs.going(taskId)) {
            if (stop(run.getId())) {
                stopped.add(run.getId());
            }
        }
        return stopped;
    }

    /**
     * Stops a running run's whole tree, or cancels a queued one; audited. In a cluster, a run going on another node is
     * asked to stop there ({@link RunStore#requestStop}), and one waiting for adoption is cancelled at once.
     */
    public boolean stop(long runId) {
        Optional<Run> run = runs.find(runId);
        boolean stopped = stopHere(runId, run);
        String note = "stop requested";
        if (!stopped && seat.clustered() && run.isPresent() && !mine(run.get())) {
            stopped = stopElsewhere(run.get());
            note = run.get().getNode() == null ? "stop requested (the run waited for a node)"
                    : "stop requested (the run is on node " + run.get().getNode() + ")";
        }
        if (stopped) {
            audit(run, runId, note);
        }
        return stopped;
    }

    private boolean stopHere(long runId, Optional<Run> run) {
        if (dispatcher.stop(runId)) {
            return true;
        }
        if (run.isPresent() && gate.release(runId)) {
            end(run.get(), RunStatus.STOPPED, "cancelled before it started");
            return true;
        }
        if (run.isPresent() && run.get().getStatus() == RunStatus.QUEUED && scheduler.cancelDelayed(runId)) {
            end(run.get(), RunStatus.STOPPED, "cancelled before it started");
            return true;
        }
        return false;
    }

    private boolean stopElsewhere(Run run) {
        if (run.getStatus() != RunStatus.QUEUED && run.getStatus() != RunStatus.RUNNING) {
            return false;
        }
        Instant now = clock.instant();
        String reason = "cancelled before it started";
        if (run.getNode() == null && runs.cancelUnassigned(run.getId(), now, reason)) {
            run.setStatus(RunStatus.STOPPED);
            run.setEndedAt(now);
            run.setError(reason);
            publish(run);
            return true;
        }
        return runs.requestStop(run.getId(), now); // adopted meanwhile, or going on another node
    }

    private void audit(Optional<Run> run, long runId, String note) {
        run.ifPresent(r -> services.audit().record(AuditAction.STOP.name(), "RUN", String.valueOf(runId), r.getTaskName(),
                List.of(), note));
    }

    /**
     * Cluster mode: QUEUED runs this node just took over (a dead node's queued runs, a manual run asked for on a node that
     * runs no tasks); their {@code node} is already this node's in the store. Each is dispatched as a queued run found
     * at start is ({@code QueuedRunTriage}): one due soon starts, one far ahead waits for its instant. A workflow step
     * cannot be taken over (its workflow run goes on on the node that started it): it ends INTERRUPTED.
     */
    public void adopt(List<Run> queued) {
        if (queued.isEmpty()) {
            return;
        }
        LOG.info("This node takes over {} queued run(s)", queued.size());
        resumeQueuedRuns(queued, "a workflow step cannot be taken over by another node");
    }

    /**
     * Cluster mode: another node asked to stop these runs of this node ({@code runs.stop_requested_at}); each is stopped
     * (or cancelled) here and audited as a stop. Asking again for a run whose stop is under way changes nothing.
     */
    public void stopRequested(List<Long> runIds) {
        for (long runId : runIds) {
            if (!stopsAsked.add(runId)) {
                continue;
            }
            boolean running = dispatcher.isActive(runId);
            Optional<Run> run = runs.find(runId);
            if (stopHere(runId, run)) {
                audit(run, runId, "stop requested from another node");
            }
            if (!running) { // a queued run ends at once; a running one when its tree has ended (see finished)
                stopsAsked.remove(runId);
            }
        }
    }

    /**
     * Cluster mode: this node lost its lease (its database link is down for longer than the lease, or it was declared
     * dead). Its runs are, or will be, ended INTERRUPTED and retried by the node that takes them over: stop every tree
     * running here, drop what waits in the queue, and claim nothing until {@link #leaseRegained()}. Returns at once;
     * the trees end within the stop grace period.
     */
    public void leaseLost() {
        LOG.warn("This node lost its cluster lease: its runs are stopped and nothing is claimed until it holds one again");
        scheduler.forgetDelayed();
        gate.releaseAll();
        dispatcher.dropAll();
    }

    /** Cluster mode: the node holds a lease again (a new incarnation): schedule every task from now. */
    public void leaseRegained() {
        LOG.info("This node holds its cluster lease again: every task is scheduled from now");
        if (started) {
            tasks.all().stream().filter(Task::isEnabled).forEach(task -> reschedule(task, clock.instant()));
        }
    }

    /**
     * Applies a pause or resume of all scheduling (runs going on continue; resuming schedules from now). The choice
     * itself is made and saved by {@code SchedulingPause}, which the engine follows; a repeat changes nothing.
     */
    public void setSchedulingPaused(boolean paused) {
        if (started && scheduler.isPaused() == paused) {
            return;
        }
        if (!paused) { // rescheduled before the timer runs again, so no fire from the pause is taken for a misfire
            tasks.all().stream().filter(Task::isEnabled).forEach(task -> reschedule(task, clock.instant()));
        }
        scheduler.setPaused(paused);
        services.status().state().set(paused ? EngineState.PAUSED : EngineState.RUNNING);
        tell(listener -> listener.schedulingPaused(paused));
    }

    /** Called by the task service after a change committed: scheduled again from now, or dropped when paused. */
    @Override
    public void taskChanged(Task task) {
        if (!started) {
            return;
        }
        if (!task.isEnabled()) {
            scheduler.unschedule(task.getId());
        } else {
            reschedule(task, clock.instant());
        }
    }

    @Override
    public void taskDeleted(long taskId) {
        submitLocks.remove(taskId);
        if (started) {
            scheduler.unschedule(taskId);
        }
    }

    private void reschedule(Task task, Instant from) {
        if (!schedulesHere(task)) {
            scheduler.unschedule(task.getId());
            return;
        }
        try {
            Triggers.of(task).filter(trigger -> !(trigger instanceof CronTrigger cron && cron.isReboot()))
                    .ifPresentOrElse(trigger -> scheduler.schedule(task, trigger, from), () -> scheduler.unschedule(task.getId()));
        } catch (RuntimeException e) {
            scheduler.unschedule(task.getId());
            LOG.error("Task '{}' cannot be scheduled: {}", task.getName(), e.getMessage());
        }
    }

    private Duration stopGrace() {
        return Duration.ofSeconds(services.settings().get(Settings.STOP_GRACE_SECONDS));
    }

    public Optional<Instant> nextFire(long taskId) {
        return scheduler.nextFire(taskId);
    }

    private void end(Run run, RunStatus status, String reason) {
        run.setStatus(status);
        run.setEndedAt(clock.instant());
        run.setError(reason);
        runs.update(run);
        publish(run);
    }

    /**
     * Runs change on several threads (the record writer, the workers, a CLI command's): the count is read and set under
     * the dispatcher's lock, so an older count, read before a run started or ended, never lands last (and no second
     * lock is taken in another order than the dispatcher's own calls to {@link #publish}).
     */
    private void showRunningCount() {
        dispatcher.withRunningCount(services.status().runningRuns()::set);
    }

    private void publish(Run run) {
        showRunningCount();
        tell(listener -> listener.runChanged(run));
    }

    /** Tells every listener; one that fails is logged and the others (and the engine's own work) go on. */
    private void tell(java.util.function.Consumer<EngineListener> call) {
        for (EngineListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("An engine listener failed", e);
            }
        }
    }

    /** After {@link #close()}: what could not be written (the disk was full), one line per item; empty when all landed. */
    public List<String> unsaved() {
        List<String> lines = new ArrayList<>(dispatcher.unsavedRecords());
        lines.addAll(unrecorded.describe());
        return lines;
    }

    /** No new fires; running trees stopped within the grace period and recorded; nothing left RUNNING. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tell(EngineListener::engineClosing);
        boolean wasStarted = started;
        started = false;
        if (wasStarted) {
            services.status().state().set(EngineState.STOPPING);
            scheduler.stop();
        }
        gate.releaseAll(); // they stay QUEUED and are checked again at the next start
        dispatcher.shutdown(stopGrace());
        storagePin.close();
        unrecorded.record(this::publish); // a last try
        sampler.close();
        services.executors().shutdown();
        services.status().runningRuns().set(0);
    }
}
