package io.kumo.workflow.service;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a workflow and where each of its steps stands.
 *
 * @param status     QUEUED, RUNNING, then SUCCESS (every step succeeded or was skipped by its condition), FAILED,
 *                   TIMEOUT, STOPPED or INTERRUPTED (Kumo stopped in the middle); SKIPPED or MISSED by the overlap and
 *                   misfire policies
 * @param params     the parameters this run got (defaults and overrides)
 * @param yaml       the workflow file this run follows (an edit made later never changes it; a re-run uses it too)
 * @param rerunOf    the run this one re-runs from its failed steps (null: a fresh run)
 * @param steps      every step and handler of the definition, in file order, handlers last
 */
public record WorkflowRunRecord(long id, long workflowId, String workflowName, TriggerKind trigger, RunStatus status,
                                Instant scheduledFor, Instant startedAt, Instant endedAt, Map<String, String> params,
                                String yaml, Long rerunOf, String error, List<StepRunRecord> steps) {

    public Optional<StepRunRecord> step(String name) {
        return steps.stream().filter(step -> step.name().equals(name)).findFirst();
    }
}
