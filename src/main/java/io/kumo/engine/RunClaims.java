package io.kumo.engine;

import io.kumo.domain.Run;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Claims runs before their spawn ({@link RunStore#claimAll}: {@code claimed_at} set and on the device) in gathered
 * writes: the first run of a claim waits up to {@link #GATHER}, but never past its instant less the time a write takes,
 * and the runs that arrive meanwhile go in the same transaction and fsync. Fires arrive {@link FireScheduler#LEAD}
 * ahead of their instant, so 200 tasks a second spread over the second cost about 20 synced writes a second instead of
 * 200, and each write makes the fresh page copies H2 keeps in its cache once instead of once per run (the young
 * collections' copying, see docs/performance.md). A run already due is written at once; a burst of N runs costs a few
 * claims. A claim returns once its run is on the device, or throws what writing it threw. In cluster mode a run taken
 * over by another node meanwhile is not claimed: the claim returns it, and it must not be started.
 */
final class RunClaims {

    /** Writes several runs' claims in one transaction and one fsync; returns the runs that could not be claimed. */
    interface Writer {
        List<Run> claimAll(List<Run> runs, Instant now);
    }

    /** How long the first run of a claim waits for others at most. */
    static final Duration GATHER = Duration.ofMillis(50);
    /** A claim is written at least this long before its earliest instant (twice the last write's time if longer). */
    private static final long MIN_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The runs of one claim; {@code done} once written or failed. */
    private static final class Batch {
        final List<Run> runs = new ArrayList<>();
        long writeBy; // System.nanoTime() by which the batch is written
        boolean done;
        RuntimeException failure;
        List<Run> lost = List.of();
    }

    private final Writer writer;
    private final Clock clock;
    private final long gatherNanos;
    private final Object lock = new Object();
    private Batch next = new Batch();
    private boolean writing;
    private long lastWriteNanos;

    RunClaims(Writer writer, Clock clock, Duration gather) {
        this.writer = writer;
        this.clock = clock;
        this.gatherNanos = gather.toNanos();
    }

    /**
     * Returns when {@code runs} are claimed on the device (together with whatever was claimed at the same time): the
     * ones among them that could not be claimed (taken over elsewhere; none on one machine).
     */
    List<Run> claim(List<Run> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Batch mine;
        boolean leads;
        boolean interrupted = false;
        synchronized (lock) {
            mine = next;
            leads = mine.runs.isEmpty(); // the first run's thread writes the batch, the others wait for it
            long writeBy = writeBy(runs);
            mine.writeBy = leads || writeBy - mine.writeBy < 0 ? writeBy : mine.writeBy;
            mine.runs.addAll(runs);
            lock.notifyAll(); // an earlier instant brings the gathering thread's write forward
            while (leads ? writing || !interrupted && mine.writeBy - System.nanoTime() > 0 : !mine.done) {
                try {
                    if (leads && !writing) {
                        TimeUnit.NANOSECONDS.timedWait(lock, mine.writeBy - System.nanoTime());
                    } else {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // the claim is still written (at once); the run is told its outcome
                }
            }
            if (leads) {
                writing = true;
                next = new Batch();
            }
        }
        if (leads) {
            write(mine);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.lost.isEmpty() ? List.of() : runs.stream().filter(mine.lost::contains).toList();
    }

    /** When a claim of {@code runs} is written at the latest: after the gathering time, before the earliest instant. */
    private long writeBy(List<Run> runs) {
        Instant now = clock.instant();
        long untilDue = Long.MAX_VALUE;
        for (Run run : runs) {
            untilDue = Math.min(untilDue, Duration.between(now, run.getScheduledFor()).toNanos());
        }
        long margin = Math.max(MIN_MARGIN_NANOS, 2 * lastWriteNanos);
        return System.nanoTime() + Math.max(0, Math.min(gatherNanos, untilDue - margin));
    }

    private void write(Batch batch) {
        RuntimeException failure = null;
        List<Run> lost = List.of();
        long began = System.nanoTime();
        try {
            lost = writer.claimAll(batch.runs, clock.instant());
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            lastWriteNanos = System.nanoTime() - began;
            batch.failure = failure;
            batch.lost = lost;
            batch.done = true;
            writing = false;
            lock.notifyAll();
        }
    }
}
