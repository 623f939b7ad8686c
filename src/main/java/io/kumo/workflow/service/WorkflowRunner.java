package io.kumo.workflow.service;

import io.kumo.domain.TriggerKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What runs workflows: the workflow engine implements it on the instance's (or a command's own) engine;
 * {@link WorkflowService} calls it after its changes commit. Without an engine ({@link #NONE}) nothing runs.
 */
public interface WorkflowRunner {

    WorkflowRunner NONE = new WorkflowRunner() {
    };

    /** Starts a run now with {@code params} over the defaults; its id. Refused while no engine runs. */
    default long start(StoredWorkflow workflow, Map<String, String> params, TriggerKind trigger) {
        return start(workflow, params, trigger, null);
    }

    /** As above, every step reading {@code payload} (a webhook request's body) through KUMO_PAYLOAD; null: none. */
    default long start(StoredWorkflow workflow, Map<String, String> params, TriggerKind trigger, Path payload) {
        throw new io.kumo.common.ValidationException("no engine is running to run workflow " + workflow.name());
    }

    /** Stops every running step and cancels the rest; false when the run is not going on. */
    default boolean stop(long workflowRunId) {
        return false;
    }

    /**
     * A new run of the same file and parameters that keeps the successful steps of {@code workflowRunId} and runs its
     * failed, stopped, interrupted and never-run steps again; its id.
     */
    default long rerunFromFailed(long workflowRunId) {
        throw new io.kumo.common.ValidationException("no engine is running to re-run workflow run #" + workflowRunId);
    }

    /** Saved, enabled or paused: scheduled again from now, or dropped. */
    default void workflowChanged(StoredWorkflow workflow) {
    }

    default void workflowDeleted(long workflowId) {
    }

    default Optional<Instant> nextFire(long workflowId) {
        return Optional.empty();
    }
}
