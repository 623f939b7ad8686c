package io.kumo.ui.workflows;

import io.kumo.ui.common.LatestBatcher;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Workflow run changes batched for the FX thread: the newest record per run waits, and the waiting ones reach
 * {@code onBatch} at most once every {@value #BATCH_MILLIS} ms. Subscribed while the pane is shown.
 */
public final class WorkflowRunEvents {

    static final int BATCH_MILLIS = 200;

    private final WorkflowService workflows;
    private final LatestBatcher<Long, WorkflowRunRecord> batcher;
    private final WorkflowListener listener = run -> offer(run);
    private boolean active;

    public WorkflowRunEvents(WorkflowService workflows, Consumer<Map<Long, WorkflowRunRecord>> onBatch) {
        this.workflows = workflows;
        this.batcher = new LatestBatcher<>(BATCH_MILLIS, onBatch);
    }

    public void start() {
        if (!active) {
            active = true;
            batcher.open();
            workflows.addListener(listener);
        }
    }

    public void stop() {
        if (active) {
            active = false;
            workflows.removeListener(listener);
            batcher.close();
        }
    }

    private void offer(WorkflowRunRecord run) {
        batcher.offer(run.id(), run);
    }
}
