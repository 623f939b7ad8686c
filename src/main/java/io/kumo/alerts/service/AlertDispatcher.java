package io.kumo.alerts.service;

import io.kumo.domain.Run;
import io.kumo.engine.EngineListener;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;

/**
 * Hears every run change and hands alerts to the channels, off the engine's threads: the listener methods only offer a
 * snapshot to a bounded queue. Contract stub: the `dispatcher` engineer builds it.
 */
public final class AlertDispatcher implements EngineListener, WorkflowListener, AutoCloseable {

    @Override
    public void runChanged(Run run) {
    }

    @Override
    public void workflowRunChanged(WorkflowRunRecord run) {
    }

    @Override
    public void close() {
    }
}
