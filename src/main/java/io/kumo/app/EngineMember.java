package io.kumo.app;

import io.kumo.cluster.service.MemberEngine;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.workflow.engine.WorkflowEngine;
import io.kumo.workflow.service.WorkflowService;
import java.util.List;

/** A cluster member's calls, delivered to this node's run engine and workflow engine. */
record EngineMember(Engine engine, WorkflowEngine workflows, WorkflowService workflowService) implements MemberEngine {

    @Override
    public void adopt(List<Run> queued) {
        engine.adopt(queued);
    }

    @Override
    public void stopRequested(List<Long> runIds) {
        engine.stopRequested(runIds);
    }

    @Override
    public void leaseLost() {
        engine.leaseLost();
    }

    @Override
    public void leaseRegained() {
        engine.leaseRegained();
    }

    @Override
    public void taskChanged(Task task) {
        engine.taskChanged(task);
    }

    @Override
    public void taskDeleted(long taskId) {
        engine.taskDeleted(taskId);
    }

    @Override
    public void workflowChanged(long workflowId) {
        workflowService.all().stream().filter(workflow -> workflow.id() == workflowId).findFirst()
                .ifPresent(workflows::workflowChanged);
    }

    @Override
    public void workflowDeleted(long workflowId) {
        workflows.workflowDeleted(workflowId);
    }

    @Override
    public void schedulingPaused(boolean paused) {
        engine.setSchedulingPaused(paused);
    }
}
