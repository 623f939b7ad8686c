package io.kumo.workflow.service;

import io.kumo.workflow.StepStatus;
import java.time.Instant;
import java.util.Map;

/**
 * One step of a workflow run.
 *
 * @param handler  null for a step; {@code success}, {@code failure}, {@code cancel} or {@code exit} for a handler
 * @param runId    the run record of its latest attempt (logs, CPU/RSS), null while it never started
 * @param attempts attempts started so far (retries included)
 * @param outputs  the {@code KEY=VALUE} lines it wrote to {@code $KUMO_OUTPUT}, passed on to later steps
 * @param note     why it was skipped, failed or kept from an earlier run ("kept from run #12")
 */
public record StepRunRecord(String name, String handler, StepStatus status, Instant startedAt, Instant endedAt,
                            Integer exitCode, Long runId, int attempts, Map<String, String> outputs, String note) {
}
