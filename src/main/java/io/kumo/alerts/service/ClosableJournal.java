package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import java.time.Instant;

/**
 * The dispatcher's journal: once closed (Kumo stops, the store closes next) it writes nothing more, so a send thread or
 * timer that outlived the grace never touches a closed database.
 */
final class ClosableJournal implements DeliveryJournal {

    /** The line id a write after close answers (no line was written). */
    static final long NONE = -1;

    private final DeliveryJournal journal;
    private volatile boolean closed;

    private ClosableJournal(DeliveryJournal journal) {
        this.journal = journal;
    }

    static ClosableJournal over(DeliveryJournal journal) {
        return new ClosableJournal(journal);
    }

    @Override
    public long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId, String subject,
                     DeliveryStatus status) {
        return closed ? NONE : journal.open(channelId, channelName, event, runId, workflowRunId, subject, status);
    }

    @Override
    public void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error) {
        if (!closed && id != NONE) {
            journal.update(id, status, attempts, nextAttemptAt, error);
        }
    }

    void close() {
        closed = true;
    }
}
