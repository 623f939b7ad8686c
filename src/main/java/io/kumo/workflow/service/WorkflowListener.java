package io.kumo.workflow.service;

/** Told about every change of a workflow run (a step started or ended, the run ended), on an engine thread: hand off quickly. */
@FunctionalInterface
public interface WorkflowListener {
    void workflowRunChanged(WorkflowRunRecord run);
}
