package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The delivery log: what was sent where and how it went. Contract stub: the `service` engineer fills it. */
public final class DeliveryLog {

    public DeliveryLog(Database database, Clock clock) {
    }

    /** Newest first. */
    public List<DeliveryView> page(DeliveryQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    public long count(DeliveryQuery query) {
        throw new UnsupportedOperationException();
    }

    /** Writes a new line (created now, 0 attempts) and returns its id. {@code error} must already be masked. */
    public long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId, String subject,
                     DeliveryStatus status) {
        throw new UnsupportedOperationException();
    }

    /** Records an attempt's outcome; a final status (DELIVERED, FAILED, DROPPED) sets its finish time. */
    public void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error) {
        throw new UnsupportedOperationException();
    }

    /** At start: lines a previous run of Kumo left PENDING, RETRYING or HELD become FAILED with {@code reason}. */
    public int abandonUnfinished(String reason) {
        throw new UnsupportedOperationException();
    }

    /** Retention: deletes lines created before {@code cutoff}; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        throw new UnsupportedOperationException();
    }
}
