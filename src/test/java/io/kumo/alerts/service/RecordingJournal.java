package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A delivery log in memory for the lane and intake tests: its lines as they stand now; it can hang on its first write. */
final class RecordingJournal implements DeliveryJournal {

    record Line(long id, String channel, EventKind event, Long runId, String subject, DeliveryStatus status, int attempts,
                Instant nextAttemptAt, String error) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final CountDownLatch hang = new CountDownLatch(1);
    private volatile boolean hangs;

    /** Its writes wait until {@link #release()} (a store that does not answer). */
    RecordingJournal hanging() {
        hangs = true;
        return this;
    }

    void release() {
        hang.countDown();
    }

    @Override
    public long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId, String subject,
                     DeliveryStatus status) {
        if (hangs) {
            try {
                hang.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            lines.add(new Line(lines.size() + 1, channelName, event, runId, subject, status, 0, null, null));
            return lines.size();
        }
    }

    @Override
    public synchronized void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error) {
        Line line = lines.get((int) id - 1);
        lines.set((int) id - 1, new Line(id, line.channel(), line.event(), line.runId(), line.subject(), status, attempts,
                nextAttemptAt, error));
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }
}
