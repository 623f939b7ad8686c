package io.kumo.cluster.service;

import io.kumo.domain.Run;
import io.kumo.domain.Task;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a member told its engines, in order (the real engine's cluster calls are exercised by the KumoCore tests). */
final class RecordingEngine implements MemberEngine {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Run> adopted = new CopyOnWriteArrayList<>();

    @Override
    public void adopt(List<Run> queued) {
        adopted.addAll(queued);
        calls.add("adopt " + queued.stream().map(Run::getId).toList());
    }

    @Override
    public void stopRequested(List<Long> runIds) {
        calls.add("stop " + runIds);
    }

    @Override
    public void leaseLost() {
        calls.add("leaseLost");
    }

    @Override
    public void leaseRegained() {
        calls.add("leaseRegained");
    }

    @Override
    public void taskChanged(Task task) {
        calls.add("taskChanged " + task.getName());
    }

    @Override
    public void taskDeleted(long taskId) {
        calls.add("taskDeleted " + taskId);
    }

    @Override
    public void workflowChanged(long workflowId) {
        calls.add("workflowChanged " + workflowId);
    }

    @Override
    public void workflowDeleted(long workflowId) {
        calls.add("workflowDeleted " + workflowId);
    }

    @Override
    public void schedulingPaused(boolean paused) {
        calls.add("paused " + paused);
    }
}
