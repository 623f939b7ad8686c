package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.storage.DiskFullException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of run state changes (started, ended): callers hand over a snapshot and go on; this thread gathers
 * what arrives within {@link #GATHER} of the first change, writes the newest state of each run in one transaction,
 * then tells the listener of every change in order. A run that ends within the window (most short runs) is written
 * once, RUNNING and its end in one row update: one commit and one set of page writes for many runs instead of one or
 * two per run, which is what kept H2's page cache, and so G1's young pauses, busy (docs/performance.md). Keeps database
 * work and its contention off the threads that spawn and supervise processes. A change that cannot be written (a full
 * disk) is kept, the newest state per run, and tried again every {@link #RETRY_EVERY} until it lands, so a run never
 * stays RUNNING on disk after it ended; what is still unwritten at close is reported by {@link #unsaved()}.
 *
 * <p>A RUNNING state is in memory for up to {@link #GATHER} after its spawn. A crash then leaves the run claimed (its
 * {@code claimed_at} synced before the spawn) but without its pid; the next start finds what is left of it by its
 * run id in their environment ({@code RunRecovery.stopClaimed}) and stops it.
 */
final class RunRecordWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecordWriter.class);
    private static final int BATCH = 256;
    static final Duration RETRY_EVERY = Duration.ofSeconds(1);
    /** How long the writer waits after a first change for more to join its transaction. */
    static final Duration GATHER = Duration.ofMillis(50);

    /**
     * Queued by {@link #close()} to wake the writer: with nothing to write it waits for a change without a timeout, so
     * an idle engine costs no wake-ups (it polled every 100 ms, the busiest thread of an idle instance).
     */
    private static final Run CLOSING = new Run();

    private final RunStore store;
    private final EngineListener listener;
    private final Duration gather;
    /**
     * A permit per queued end of a workflow step: the step after it waits for that end to be told, so the writer does
     * not wait out {@link #GATHER} for it (it cost every edge of a chain ~50 ms, see WorkflowBenchmark); a permit left
     * by a change that joined an earlier batch only shortens one later gather.
     */
    private final Semaphore urgent = new Semaphore(0);
    private final BlockingQueue<Run> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Changes that failed to land, by run id, the newest state of each; only the writer thread touches it. */
    private final Map<Long, Run> unwritten = new LinkedHashMap<>();
    private volatile List<Run> unsavedAtClose = List.of();
    private volatile boolean open = true;

    RunRecordWriter(RunStore store, EngineListener listener) {
        this(store, listener, GATHER);
    }

    /** With a gather window of its own (tests). */
    RunRecordWriter(RunStore store, EngineListener listener, Duration gather) {
        this.store = store;
        this.listener = listener;
        this.gather = gather;
        this.thread = Thread.ofPlatform().daemon().name("kumo-run-records").start(this::loop);
    }

    /** Queues the run's current state (a copy: the caller keeps changing the original). */
    void write(Run run) {
        queue.add(run.copy());
        if (run.isWorkflowStep() && run.getStatus().isTerminal()) {
            urgent.release();
        }
    }

    private void loop() {
        long nextRetry = System.nanoTime();
        while (open || !queue.isEmpty()) {
            try {
                Run first = unwritten.isEmpty() ? queue.take() : queue.poll(20, TimeUnit.MILLISECONDS);
                if (first != null && first != CLOSING) {
                    gather();
                    List<Run> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    batch.removeIf(run -> run == CLOSING);
                    batch.forEach(run -> unwritten.remove(run.getId())); // a newer state of the same run replaces it
                    keep(writeBatch(batch));
                }
                if (!unwritten.isEmpty() && System.nanoTime() - nextRetry >= 0) {
                    nextRetry = System.nanoTime() + RETRY_EVERY.toNanos();
                    retry();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!unwritten.isEmpty()) {
            retry(); // a last try at close
        }
        unsavedAtClose = List.copyOf(unwritten.values());
    }

    /**
     * Lets the changes of the next moments join this transaction; a workflow step's end, or closing, ends the wait at
     * once (what is queued then is written).
     */
    private void gather() {
        if (!open) {
            return;
        }
        try {
            if (urgent.tryAcquire(gather.toNanos(), TimeUnit.NANOSECONDS)) {
                urgent.drainPermits(); // the ends queued so far join this batch
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the change already taken is still written
        }
    }

    private void keep(List<Run> failed) {
        failed.forEach(run -> unwritten.put(run.getId(), run));
    }

    private void retry() {
        List<Run> pending = List.copyOf(unwritten.values());
        unwritten.clear();
        List<Run> failed = writeBatch(pending);
        keep(failed);
        if (failed.isEmpty()) {
            LOG.info("{} run change(s) that could not be written before are recorded now", pending.size());
        }
    }

    /**
     * Writes the newest state of each run in the batch and tells the listener of every change in order; returns the
     * runs whose change did not land.
     */
    private List<Run> writeBatch(List<Run> changes) {
        Map<Long, Run> newest = new LinkedHashMap<>();
        changes.forEach(run -> newest.put(run.getId(), run));
        List<Run> batch = List.copyOf(newest.values());
        List<Run> failed = new ArrayList<>();
        try {
            store.updateAll(batch);
        } catch (DiskFullException e) {
            failed.addAll(batch); // one by one would fail the same way
        } catch (RuntimeException e) {
            LOG.error("Could not record {} run change(s); trying one by one", batch.size(), e);
            for (Run run : batch) {
                try {
                    store.update(run);
                } catch (DiskFullException single) {
                    failed.add(run);
                } catch (RuntimeException single) {
                    LOG.error("Could not record run {}", run.getId(), single); // not a full disk: trying again would not help
                }
            }
        }
        for (Run run : changes) {
            listener.runChanged(run);
        }
        return failed;
    }

    /** After {@link #close()}: the run changes that never landed, the newest state of each run. */
    List<Run> unsaved() {
        return unsavedAtClose;
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        open = false;
        queue.add(CLOSING);
        urgent.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
