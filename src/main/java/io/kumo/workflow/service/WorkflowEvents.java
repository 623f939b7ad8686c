package io.kumo.workflow.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of workflow runs: the workflow engine publishes, panes, notifications and the CLI's --wait listen. */
public final class WorkflowEvents {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEvents.class);

    private final List<WorkflowListener> listeners = new CopyOnWriteArrayList<>();

    public void add(WorkflowListener listener) {
        listeners.add(listener);
    }

    public void remove(WorkflowListener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; one that fails is logged and the others still hear it. */
    public void publish(WorkflowRunRecord run) {
        for (WorkflowListener listener : listeners) {
            try {
                listener.workflowRunChanged(run);
            } catch (RuntimeException e) {
                LOG.warn("A workflow listener failed", e);
            }
        }
    }
}
