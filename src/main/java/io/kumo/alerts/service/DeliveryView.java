package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import java.time.Instant;

/** One line of the delivery log. {@code error} is one masked line, or null. */
public record DeliveryView(long id, Instant createdAt, String channel, EventKind event, Long runId, Long workflowRunId,
                           String subject, DeliveryStatus status, int attempts, Instant finishedAt, String error) {
}
