package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.supervisor.ProcessLauncher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Launches the runs due at one instant: prepares them, claims them, waits for the instant and spawns them, then hands
 * each one on ({@link Outcomes}). Runs sharing an instant (a burst) are split among {@link #SPAWNERS} workers, each
 * taking every SPAWNERS-th run in priority order, instead of one thread per run: as many threads as cores spawn, none
 * waits for a time slice among hundreds, and each worker claims its share in one transaction.
 */
final class InstantLaunches {

    /** What becomes of each run handed to {@link #launch}; called on the launching worker. */
    interface Outcomes {
        /** It could not be prepared, claimed or spawned. */
        void failedToStart(ActiveRun active, Exception cause);

        /** It was stopped or shut down while it waited for its instant; nothing was spawned. */
        void endedBeforeStart(ActiveRun active);

        /** Cluster mode: its claim found it no longer this node's (taken over or stopped elsewhere); not spawned. */
        void takenElsewhere(ActiveRun active);

        /** Spawned (in this order), each with its process and {@code startedAt} set: after the whole round's spawns. */
        void started(List<ActiveRun> spawned);
    }

    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(300);
    /** Threads that may spin at once before their instant; the others park to it, leaving the cores to the spawns. */
    private static final int SPINNERS = 1;
    /** Workers that launch the runs of one instant together. */
    private static final int SPAWNERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Runs a spawner prepares before it starts them, once their instant has passed. */
    private static final int LATE_ROUND = 8;
    /**
     * How long a share's spawned runs wait for the other shares of their instant to finish spawning before they are
     * supervised anyway (a spawn blocks only until its child has exec'd; this bounds a hung one).
     */
    private static final Duration SUPERVISION_WAIT = Duration.ofSeconds(5);

    private final ProcessLauncher launcher;
    private final LaunchSpecFactory specs;
    private final RunClaims claims;
    private final Clock clock;
    private final Executor workers;
    private final Outcomes outcomes;
    private final AtomicInteger spinning = new AtomicInteger();

    InstantLaunches(ProcessLauncher launcher, LaunchSpecFactory specs, RunClaims claims, Clock clock, Executor workers,
                    Outcomes outcomes) {
        this.launcher = launcher;
        this.specs = specs;
        this.claims = claims;
        this.clock = clock;
        this.workers = workers;
        this.outcomes = outcomes;
    }

    /** Launches {@code runs}, all due at the same instant and in priority order, on the workers; returns at once. */
    void launch(List<ActiveRun> runs) {
        int spawners = Math.min(SPAWNERS, runs.size());
        SpawnLoops loops = new SpawnLoops();
        for (int first = 0; first < spawners; first++) {
            List<ActiveRun> share = new ArrayList<>();
            for (int i = first; i < runs.size(); i += spawners) {
                share.add(runs.get(i));
            }
            workers.execute(() -> launchShare(share, loops));
        }
    }

    /** A run whose launch is prepared. */
    private record Ready(ActiveRun active, ProcessLauncher.PreparedLaunch prepared) {
    }

    /**
     * Launches one worker's share in rounds: each round prepares runs while their instant is ahead (at least
     * {@link #LATE_ROUND} once it has passed, so that a slow preparation does not hold back the spawns of what is
     * ready), then starts them.
     */
    private void launchShare(List<ActiveRun> runs, SpawnLoops loops) {
        int next = 0;
        while (next < runs.size()) {
            Instant at = runs.get(next).run.getScheduledFor();
            List<Ready> ready = new ArrayList<>();
            int prepared = 0;
            do {
                ActiveRun active = runs.get(next++);
                prepared++;
                try {
                    active.checkoutNote = specs.checkOut(active.task, active.run);
                    io.kumo.supervisor.LaunchSpec spec = specs.create(active.task, active.run);
                    active.outputsAtStart = RunOutputRecorder.snapshot(spec);
                    ready.add(new Ready(active, launcher.prepare(spec)));
                } catch (Exception e) {
                    outcomes.failedToStart(active, e);
                }
            } while (next < runs.size() && (clock.instant().isBefore(at) || prepared < LATE_ROUND));
            start(ready, loops);
        }
    }

    /**
     * Claims the prepared runs (at most once: after a crash from the claim on, a run is not started again), waits for
     * their instant, spawns them one after the other with nothing else in between, and only then, once no other share of
     * the instant is spawning either, supervises them and hands them on.
     */
    private void start(List<Ready> ready, SpawnLoops loops) {
        List<Run> lost;
        try {
            lost = claims.claim(ready.stream().map(next -> next.active().run).toList());
        } catch (RuntimeException e) {
            ready.forEach(next -> {
                next.prepared().cancel();
                outcomes.failedToStart(next.active(), e);
            });
            return;
        }
        if (!lost.isEmpty()) {
            List<Ready> claimed = new ArrayList<>();
            for (Ready next : ready) {
                if (lost.contains(next.active().run)) {
                    next.prepared().cancel();
                    outcomes.takenElsewhere(next.active());
                } else {
                    claimed.add(next);
                }
            }
            ready = claimed;
        }
        if (!ready.isEmpty()) {
            awaitInstant(ready.getFirst().active().run.getScheduledFor());
        }
        List<ActiveRun> spawned = new ArrayList<>();
        List<ProcessLauncher.Spawned> processes = new ArrayList<>();
        loops.begin();
        try {
            spawnEach(ready, spawned, processes);
        } finally {
            loops.end();
        }
        loops.awaitNone(SUPERVISION_WAIT);
        for (int i = 0; i < spawned.size(); i++) { // supervised after the round's spawns: see PreparedLaunch.spawn
            spawned.get(i).process = processes.get(i).supervise();
        }
        outcomes.started(spawned);
    }

    /** Spawns each prepared run (in order, nothing else in between) into {@code spawned} and {@code processes}. */
    private void spawnEach(List<Ready> ready, List<ActiveRun> spawned, List<ProcessLauncher.Spawned> processes) {
        for (Ready next : ready) {
            ActiveRun active = next.active();
            if (active.endReason != ActiveRun.EndReason.NONE) { // stopped or shut down in the lead time
                next.prepared().cancel();
                outcomes.endedBeforeStart(active);
                continue;
            }
            try {
                processes.add(next.prepared().spawn());
                active.run.setStartedAt(clock.instant());
                spawned.add(active);
            } catch (Exception e) {
                outcomes.failedToStart(active, e);
            }
        }
    }

    /**
     * Fires arrive a little early (see {@link FireScheduler#LEAD}); the process starts at its instant, not before. The
     * last moment is spun on the CPU (a woken thread may wait for a time slice), by {@link #SPINNERS} thread(s) at
     * most: when many runs share an instant (a burst), spinning threads would take the cores their spawns need.
     */
    private void awaitInstant(Instant at) {
        // the clock says how long; nanoTime measures it without allocating an Instant per spin
        long deadline = System.nanoTime() + Duration.between(clock.instant(), at).toNanos();
        boolean spins = false;
        try {
            while (true) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (remaining > SPIN_NANOS) {
                    LockSupport.parkNanos(Math.min(remaining - SPIN_NANOS, TimeUnit.MILLISECONDS.toNanos(20)));
                } else if (spins || (spins = maySpin())) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(remaining);
                }
            }
        } finally {
            if (spins) {
                spinning.decrementAndGet();
            }
        }
    }

    private boolean maySpin() {
        if (spinning.incrementAndGet() <= SPINNERS) {
            return true;
        }
        spinning.decrementAndGet();
        return false;
    }
}
