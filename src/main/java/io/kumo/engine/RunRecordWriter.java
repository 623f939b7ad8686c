package io.kumo.engine;

import io.kumo.domain.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of run state changes (started, ended): callers hand over a snapshot and go on; this thread writes
 * whatever has queued up in one transaction, then tells the listener. Keeps database work and its contention off
 * the threads that spawn and supervise processes.
 */
final class RunRecordWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecordWriter.class);
    private static final int BATCH = 256;

    private final RunStore store;
    private final EngineListener listener;
    private final BlockingQueue<Run> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean open = true;

    RunRecordWriter(RunStore store, EngineListener listener) {
        this.store = store;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("kumo-run-records").start(this::loop);
    }

    /** Queues the run's current state (a copy: the caller keeps changing the original). */
    void write(Run run) {
        queue.add(run.copy());
    }

    /** Writes on the caller's thread, for a state that must be on disk before the caller goes on. */
    void writeNow(Run run) {
        writeBatch(List.of(run.copy()));
    }

    private void loop() {
        while (open || !queue.isEmpty()) {
            try {
                Run first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Run> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeBatch(List<Run> batch) {
        try {
            store.updateAll(batch);
        } catch (RuntimeException e) {
            LOG.error("Could not record {} run change(s); trying one by one", batch.size(), e);
            for (Run run : batch) {
                try {
                    store.update(run);
                } catch (RuntimeException single) {
                    LOG.error("Could not record run {}", run.getId(), single);
                }
            }
        }
        for (Run run : batch) {
            listener.runChanged(run);
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
