package io.kumo.workflow.service;

import io.kumo.workflow.WorkflowDefinition;
import java.time.Instant;

/**
 * A saved workflow: its file as the user wrote it (comments kept; export gives it back as it is) and what it says.
 *
 * @param enabled false: its schedule is paused (running it by hand still works)
 */
public record StoredWorkflow(long id, String name, String yaml, WorkflowDefinition definition, boolean enabled,
                             Instant lastFiredAt, Instant createdAt, Instant updatedAt) {
}
