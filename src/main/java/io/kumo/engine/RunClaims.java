package io.kumo.engine;

import io.kumo.domain.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims runs before their spawn ({@link RunStore#claimAll}: {@code claimed_at} set and on the device), as a group
 * commit: the runs that arrive while a claim is being written go together in the next one, in one transaction and one
 * fsync. A burst of N runs costs a few claims instead of N transactions queuing for the disk one after the other.
 * A claim returns once its run is on the device, or throws what writing it threw.
 */
final class RunClaims {

    /** The runs of one claim; {@code done} once written or failed. */
    private static final class Batch {
        final List<Run> runs = new ArrayList<>();
        boolean done;
        RuntimeException failure;
    }

    private final RunStore store;
    private final Clock clock;
    private final Object lock = new Object();
    private Batch next = new Batch();
    private boolean writing;

    RunClaims(RunStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Returns when {@code runs} are claimed on the device (together with whatever was claimed at the same time). */
    void claim(List<Run> runs) {
        if (runs.isEmpty()) {
            return;
        }
        Batch mine;
        synchronized (lock) {
            mine = next;
            mine.runs.addAll(runs);
            while (writing && !mine.done) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the claim is still written; the run is told its outcome
                }
            }
            if (!mine.done) { // no claim is being written: this thread writes its batch and whatever joined it
                writing = true;
                next = new Batch();
            }
        }
        if (!mine.done) {
            write(mine);
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void write(Batch batch) {
        RuntimeException failure = null;
        try {
            store.claimAll(batch.runs, clock.instant());
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            batch.failure = failure;
            batch.done = true;
            writing = false;
            lock.notifyAll();
        }
    }
}
