package io.kumo.workflow.service;

import io.kumo.domain.RunStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every workflow change and run request, for the window, the CLI and the REST API alike: files are validated before
 * anything is stored, changes are audited, and the {@link WorkflowRunner} hears about them after they commit.
 *
 * <p>Contract for issue 16; the bodies are being built.
 */
public final class WorkflowService {

    /** From now on runs, stops, re-runs and schedule changes go to {@code runner} (the engine calls this when it starts). */
    public void runWith(WorkflowRunner runner) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Where the workflow engine publishes run changes; {@link #addListener} listens to it. */
    public WorkflowEvents events() {
        throw new UnsupportedOperationException("issue 16");
    }

    /** The workflow list: name order. */
    public List<WorkflowSummary> list() {
        throw new UnsupportedOperationException("issue 16");
    }

    public Optional<StoredWorkflow> find(String name) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** @throws io.kumo.common.ValidationException "no workflow named X" */
    public StoredWorkflow get(String name) {
        throw new UnsupportedOperationException("issue 16");
    }

    /**
     * Parses and validates {@code yaml}, then creates the workflow or replaces the one of the same name (Dagu files
     * welcome). Nothing is stored when it is refused.
     *
     * @throws io.kumo.workflow.WorkflowFileException with the line when the file has one
     */
    public StoredWorkflow save(String yaml) {
        throw new UnsupportedOperationException("issue 16");
    }

    /**
     * As {@link #save(String)}, for the editor that may have renamed the workflow: the one saved as
     * {@code previousName} (null for a new one) is replaced; a name another workflow has is refused.
     */
    public StoredWorkflow save(String yaml, String previousName) {
        throw new UnsupportedOperationException("issue 16");
    }

    public void delete(String name) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Pauses or resumes its schedule. */
    public StoredWorkflow setEnabled(String name, boolean enabled) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Runs it now; {@code params} override its defaults (an unknown key is refused). The new run's id. */
    public long run(String name, Map<String, String> params) {
        throw new UnsupportedOperationException("issue 16");
    }

    public boolean stop(long workflowRunId) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** See {@link WorkflowRunner#rerunFromFailed}; refused when the run is still going or had no failed step. */
    public long rerunFromFailed(long workflowRunId) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Its runs, newest first. */
    public List<WorkflowRunRecord> runs(String name, int limit) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Runs of every workflow, newest first, optionally of one status (null: all). */
    public List<WorkflowRunRecord> recentRuns(RunStatus status, int limit) {
        throw new UnsupportedOperationException("issue 16");
    }

    public Optional<WorkflowRunRecord> findRun(long workflowRunId) {
        throw new UnsupportedOperationException("issue 16");
    }

    public void addListener(WorkflowListener listener) {
        throw new UnsupportedOperationException("issue 16");
    }

    public void removeListener(WorkflowListener listener) {
        throw new UnsupportedOperationException("issue 16");
    }
}
