package io.kumo.insights.errors;

import java.time.Instant;

/** One failed run of a group (a group's recent runs). */
public record ErrorRun(long runId, long taskId, String taskName, String status, Instant scheduledFor, Instant endedAt,
                       Integer exitCode) {
}
