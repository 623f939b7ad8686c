package io.kumo.ui.workflows.history;

import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.util.List;

/** What the runs history reads and asks of workflow runs: the part of {@link WorkflowService} it uses. */
public interface WorkflowRuns {

    /** Runs of the workflow, newest first. */
    List<WorkflowRunRecord> runs(String workflowName, int limit);

    boolean stop(long workflowRunId);

    /** The new run's id. */
    long rerunFromFailed(long workflowRunId);

    void addListener(WorkflowListener listener);

    void removeListener(WorkflowListener listener);

    static WorkflowRuns of(WorkflowService service) {
        return new WorkflowRuns() {
            @Override
            public List<WorkflowRunRecord> runs(String workflowName, int limit) {
                return service.runs(workflowName, limit);
            }

            @Override
            public boolean stop(long workflowRunId) {
                return service.stop(workflowRunId);
            }

            @Override
            public long rerunFromFailed(long workflowRunId) {
                return service.rerunFromFailed(workflowRunId);
            }

            @Override
            public void addListener(WorkflowListener listener) {
                service.addListener(listener);
            }

            @Override
            public void removeListener(WorkflowListener listener) {
                service.removeListener(listener);
            }
        };
    }
}
