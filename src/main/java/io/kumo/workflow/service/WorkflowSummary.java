package io.kumo.workflow.service;

import io.kumo.domain.RunStatus;
import java.time.Instant;

/**
 * One line of the workflow list.
 *
 * @param schedule     the schedule in words ("At 02:30", "every 5m", "manual")
 * @param lastStatus   the newest run's status (null: never ran)
 * @param lastRunAt    when the newest run started or was queued (null: never ran)
 * @param nextRunAt    the next scheduled start (null: none, paused, or no engine running)
 */
public record WorkflowSummary(long id, String name, String description, String schedule, boolean enabled, int steps,
                              RunStatus lastStatus, Instant lastRunAt, Instant nextRunAt) {
}
