package io.kumo.engine;

import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.supervisor.ProcessOutcome;
import io.kumo.supervisor.SupervisedProcess;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts queued runs within the global concurrency limit (priority, then scheduled time), supervises them to their
 * end, and records every state on the run. A task whose overlap policy is not ALLOW never has two runs going at once:
 * its queued run waits for the running one. {@link InstantLaunches} launches what it starts.
 */
final class RunDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RunDispatcher.class);
    static final String LEASE_LOST_DURING_RUN = "this node lost its cluster lease during the run, which was stopped; "
            + "the node that takes its runs over retries it";
    static final String LEASE_LOST_BEFORE_START = "this node lost its cluster lease before the run started";

    private final RunStore store;
    private final LaunchSpecFactory specs;
    private final ResourceSampler sampler;
    private final Clock clock;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final IntSupplier concurrencyLimit;
    /** Whether this node may claim runs now (cluster mode: only while it holds its lease). */
    private final BooleanSupplier mayClaim;
    private final Supplier<Duration> stopGrace;
    private final EngineListener listener;
    private final BiConsumer<Run, Task> onFinished;
    private final RunRecordWriter records;
    private final InstantLaunches launches;
    private final Map<Long, ActiveRun> active = new HashMap<>();
    private final List<WaitingRun> waiting = new ArrayList<>();
    private boolean accepting = true;

    RunDispatcher(RunStore store, ProcessLauncher launcher, LaunchSpecFactory specs, ResourceSampler sampler, Clock clock,
                  ExecutorService workers, ScheduledExecutorService timers, IntSupplier concurrencyLimit, BooleanSupplier mayClaim,
                  Supplier<Duration> stopGrace, EngineListener listener, BiConsumer<Run, Task> onFinished) {
        this.store = store;
        this.specs = specs;
        this.sampler = sampler;
        this.clock = clock;
        this.workers = workers;
        this.timers = timers;
        this.concurrencyLimit = concurrencyLimit;
        this.mayClaim = mayClaim;
        this.stopGrace = stopGrace;
        this.listener = listener;
        this.onFinished = onFinished;
        this.records = new RunRecordWriter(store, listener);
        this.launches = new InstantLaunches(launcher, specs, new RunClaims(this::claimAll, clock, RunClaims.GATHER), clock, workers, new LaunchOutcomes());
    }

    /** Without the lease nothing is claimed (so nothing starts): the runs are the node's that takes this one's over. */
    private List<Run> claimAll(List<Run> runs, java.time.Instant now) {
        return mayClaim.getAsBoolean() ? store.claimAll(runs, now) : runs;
    }

    synchronized void enqueue(Run run, Task task) {
        enqueue(run, task, "");
    }

    /** As above, {@code note} (empty or a line) added to the run's "started" log line. */
    synchronized void enqueue(Run run, Task task, String note) {
        if (!accepting) {
            return; // stays QUEUED in the database and resumes at the next start
        }
        waiting.add(new WaitingRun(run, task, note));
        pump();
    }

    /** Runs recorded together (a burst), {@code tasks} in the same order: queued at once, then started as the limit allows. */
    synchronized void enqueueAll(List<Run> runs, List<Task> tasks) {
        if (!accepting) {
            return;
        }
        for (int i = 0; i < runs.size(); i++) {
            waiting.add(new WaitingRun(runs.get(i), tasks.get(i)));
        }
        pump();
    }

    synchronized boolean isRunning(long taskId) {
        return active.values().stream().anyMatch(a -> a.task.getId() == taskId);
    }

    synchronized boolean isWaiting(long taskId) {
        return waiting.stream().anyMatch(w -> w.task().getId() == taskId);
    }

    synchronized Optional<Long> runningRunOf(long taskId) {
        return active.values().stream().filter(a -> a.task.getId() == taskId).map(ActiveRun::id).findFirst();
    }

    /** Whether the run is going on here (being started or running), not merely waiting. */
    synchronized boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    synchronized int runningCount() {
        return active.size();
    }

    /** Hands the running count to {@code sink} while no run can start or end. */
    synchronized void withRunningCount(java.util.function.IntConsumer sink) {
        sink.accept(active.size());
    }

    /** Whether the runs going on and waiting here fill the concurrency limit. */
    synchronized boolean full() {
        return active.size() + waiting.size() >= limit();
    }

    /** How many more runs the limit takes now (running and waiting ones count). */
    synchronized int freeSlots() {
        return Math.max(0, limit() - active.size() - waiting.size());
    }

    private int limit() {
        return Math.max(1, concurrencyLimit.getAsInt());
    }


    /** Starts what the limit allows; called after every enqueue and every end. */
    synchronized void pump() {
        waiting.sort(WaitingRun.ORDER);
        int limit = limit();
        Map<java.time.Instant, List<ActiveRun>> byInstant = new java.util.LinkedHashMap<>();
        for (var iterator = waiting.iterator(); iterator.hasNext() && active.size() < limit; ) {
            WaitingRun next = iterator.next();
            if (next.task().getOverlapPolicy() != OverlapPolicy.ALLOW && isRunning(next.task().getId())) {
                continue;
            }
            iterator.remove();
            ActiveRun run = new ActiveRun(next.run(), next.task(), next.note());
            active.put(run.id(), run);
            byInstant.computeIfAbsent(run.run.getScheduledFor(), instant -> new ArrayList<>()).add(run);
        }
        byInstant.values().forEach(launches::launch);
    }

    /** Where {@link InstantLaunches} hands each run it launched. */
    private final class LaunchOutcomes implements InstantLaunches.Outcomes {
        @Override
        public void failedToStart(ActiveRun active, Exception cause) {
            RunDispatcher.this.failedToStart(active, cause);
        }

        @Override
        public void endedBeforeStart(ActiveRun active) {
            active.run.setStartedAt(null);
            boolean stopped = active.endReason == ActiveRun.EndReason.STOPPED;
            finish(active, stopped ? RunStatus.STOPPED : RunStatus.INTERRUPTED, null,
                    stopped ? "stopped before it started" : active.endReason == ActiveRun.EndReason.LEASE_LOST
                            ? LEASE_LOST_BEFORE_START : "Kumo was shut down before it started");
        }

        @Override
        public void takenElsewhere(ActiveRun taken) {
            LOG.info("Run #{} of '{}' is not started: it is no longer this node's (taken over or stopped elsewhere)",
                    taken.id(), taken.task.getName());
            synchronized (RunDispatcher.this) {
                active.remove(taken.id());
            }
            pump();
        }

        @Override
        public void started(List<ActiveRun> spawned) {
            spawned.forEach(RunDispatcher.this::started);
        }
    }

    private void failedToStart(ActiveRun active, Exception e) {
        active.run.setStartedAt(clock.instant());
        finish(active, RunStatus.FAILED, null, specs.failureMessage(active.task, e));
    }

    /** After its spawn: RUNNING with the pid to the run-record writer (on disk within its gathering time), then sampling, the timeout and the end. */
    private void started(ActiveRun active) {
        Run run = active.run;
        SupervisedProcess process = active.process;
        run.setPid(process.pid());
        run.setStatus(RunStatus.RUNNING);
        run.setLogPath(specs.logPath(active.task, run).toString());
        String confinement = process.confinementNote();
        String startLine = "run " + run.getId() + " of task '" + active.task.getName() + "' started, pid " + process.pid()
                + ", attempt " + run.getAttempt() + (confinement.isEmpty() ? "" : "; " + confinement)
                + (active.note.isEmpty() ? "" : "; " + active.note)
                + (active.checkoutNote.isEmpty() ? "" : "; " + active.checkoutNote);
        if (confinement.isEmpty() && run.getGitCommit() == null) {
            process.log().deferredNotice(startLine);
        } else { // a confined run keeps a log even when silent: it says which mechanism held it when a limit ends it; a
            // Git project's run says which commit it ran on and how its pull went
            process.log().notice(startLine);
        }
        records.write(run); // with the next changes: a crash before it lands finds the tree by the claimed run's id
        sampler.watch(run.getId(), process.tree(), active.series);
        Long timeoutSeconds = active.task.getTimeoutSeconds();
        if (timeoutSeconds != null && timeoutSeconds > 0) {
            active.timeout = timers.schedule(() -> endEarly(active, ActiveRun.EndReason.TIMEOUT), timeoutSeconds, TimeUnit.SECONDS);
            // the timeout is the main process's: stopping leftovers and draining output after it exited do not count
            process.exited().whenComplete((code, error) -> active.timeout.cancel(false));
        }
        if (active.endReason != ActiveRun.EndReason.NONE) {
            workers.execute(() -> process.terminate(stopGrace.get())); // stopped while it was starting
        }
        process.outcome().whenComplete((outcome, error) -> completed(active, outcome, error));
    }

    private void completed(ActiveRun active, ProcessOutcome outcome, Throwable error) {
        if (active.timeout != null) {
            active.timeout.cancel(false);
        }
        sampler.unwatch(active.id());
        Run run = active.run;
        if (!active.series.isEmpty()) {
            run.setPeakCpu(active.series.peakCpu());
            run.setPeakRss(active.series.peakRss());
            run.setCpuMillis(active.series.cpuMillis());
            run.setSamples(active.series.encode());
        }
        if (outcome != null && outcome.peakMemoryBytes() > 0) {
            run.setPeakRss(Math.max(outcome.peakMemoryBytes(), run.getPeakRss() == null ? 0 : run.getPeakRss()));
        }
        if (error != null || outcome == null) {
            finish(active, RunStatus.INTERRUPTED, null, "supervision failed: " + (error == null ? "unknown" : error.getMessage()));
            return;
        }
        RunStatus status = switch (active.endReason) {
            case STOPPED -> RunStatus.STOPPED;
            case TIMEOUT -> RunStatus.TIMEOUT;
            case SHUTDOWN, LEASE_LOST -> RunStatus.INTERRUPTED;
            case NONE -> outcome.exitCode() == 0 && outcome.limitExceeded() == null ? RunStatus.SUCCESS : RunStatus.FAILED;
        };
        String summary = switch (status) {
            case TIMEOUT -> "timed out after " + io.kumo.schedule.Durations.format(Duration.ofSeconds(active.task.getTimeoutSeconds()));
            case STOPPED -> "stopped by the user";
            case INTERRUPTED -> active.endReason == ActiveRun.EndReason.LEASE_LOST ? LEASE_LOST_DURING_RUN
                    : "Kumo was shut down during the run";
            case FAILED -> outcome.limitExceeded() != null ? outcome.limitExceeded()
                    : outcome.errorSummary() != null ? outcome.errorSummary() : "exit code " + outcome.exitCode();
            default -> null;
        };
        if (outcome.logFailure() != null) {
            summary = summary == null ? outcome.logFailure() : summary + "; " + outcome.logFailure();
        }
        finish(active, status, outcome.exitCode(), summary);
    }

    private void finish(ActiveRun active, RunStatus status, Integer exitCode, String error) {
        Run run = active.run;
        run.setStatus(status);
        run.setExitCode(exitCode);
        run.setEndedAt(clock.instant());
        run.setError(error);
        RunOutputRecorder.record(active);
        records.write(run);
        synchronized (this) {
            this.active.remove(run.getId());
        }
        try {
            onFinished.accept(run, active.task);
        } finally {
            pump();
        }
    }

    /** Stops a running run (its tree) or cancels a queued one. False when the run is neither. */
    boolean stop(long runId) {
        ActiveRun running;
        synchronized (this) {
            running = active.get(runId);
            if (running == null) {
                Optional<WaitingRun> queued = waiting.stream().filter(w -> w.run().getId() == runId).findFirst();
                if (queued.isEmpty()) {
                    return false;
                }
                waiting.remove(queued.get());
                Run run = queued.get().run();
                run.setStatus(RunStatus.STOPPED);
                run.setEndedAt(clock.instant());
                run.setError("cancelled before it started");
                store.update(run);
                listener.runChanged(run);
                return true;
            }
        }
        endEarly(running, ActiveRun.EndReason.STOPPED);
        return true;
    }

    private void endEarly(ActiveRun run, ActiveRun.EndReason reason) {
        if (reason == ActiveRun.EndReason.TIMEOUT && run.process != null && run.process.exited().isDone()) {
            return; // the main process ended in time; the run is only stopping leftovers and finishing its output
        }
        if (!run.end(reason)) {
            return;
        }
        SupervisedProcess process = run.process;
        if (process != null) {
            process.log().notice(switch (reason) {
                case TIMEOUT -> "timeout reached: stopping the process tree";
                case STOPPED -> "stop requested: stopping the process tree";
                case LEASE_LOST -> "this node lost its cluster lease: stopping the process tree";
                default -> "Kumo is shutting down: stopping the process tree";
            });
            workers.execute(() -> process.terminate(stopGrace.get()));
        }
    }

    /**
     * Cluster mode, the lease lost: what waits is forgotten (its rows are the takeover's) and every tree running here
     * is stopped (signal, grace, kill, as at shutdown) and ends INTERRUPTED where its row is still this node's.
     * Returns at once; later enqueues are taken again (the engine sends none until the lease is regained).
     */
    void dropAll() {
        List<ActiveRun> running;
        synchronized (this) {
            waiting.clear();
            running = List.copyOf(active.values());
        }
        running.forEach(run -> endEarly(run, ActiveRun.EndReason.LEASE_LOST));
    }

    /** No more starts; running trees are stopped within the grace period and recorded as INTERRUPTED. */
    void shutdown(Duration grace) {
        List<ActiveRun> running;
        synchronized (this) {
            accepting = false;
            waiting.clear();
            running = List.copyOf(active.values());
        }
        List<CompletableFuture<?>> ends = new ArrayList<>();
        for (ActiveRun run : running) {
            endEarly(run, ActiveRun.EndReason.SHUTDOWN);
            if (run.process != null) {
                ends.add(run.process.outcome());
            }
        }
        try {
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(grace.toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("Some runs did not end within the shutdown grace period", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runningCount() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        records.close();
    }

    /** After {@link #shutdown}: the run changes that could not be written, one line each. */
    List<String> unsavedRecords() {
        return records.unsaved().stream().map(run -> "the " + (run.getStatus().isTerminal() ? "end (" + run.getStatus() + ")" : "state " + run.getStatus())
                + " of run #" + run.getId() + " of '" + run.getTaskName() + "'").toList();
    }

}
