package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import java.time.Instant;

/** Where the dispatcher writes its delivery lines: the {@link DeliveryLog}, seen through the two calls it makes. */
interface DeliveryJournal {

    long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId, String subject,
              DeliveryStatus status);

    void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error);

    static DeliveryJournal of(DeliveryLog log) {
        return new DeliveryJournal() {
            @Override
            public long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId,
                             String subject, DeliveryStatus status) {
                return log.open(channelId, channelName, event, runId, workflowRunId, subject, status);
            }

            @Override
            public void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error) {
                log.update(id, status, attempts, nextAttemptAt, error);
            }
        };
    }
}
