package io.kumo.cluster.service;

import io.kumo.domain.Run;
import io.kumo.domain.Task;
import java.util.List;

/**
 * What a cluster member tells this node's engines (the run engine and the workflow engine; the composition root
 * adapts them): runs it adopted, stops asked for elsewhere, the lease lost and regained, and changes other nodes made
 * to tasks, workflows and the global pause. A change this node made itself may arrive again: every call is harmless
 * when repeated.
 */
public interface MemberEngine {

    /** Nothing listens (a member whose engine has not started). */
    MemberEngine NONE = new MemberEngine() {
    };

    default void adopt(List<Run> queued) {
    }

    default void stopRequested(List<Long> runIds) {
    }

    default void leaseLost() {
    }

    default void leaseRegained() {
    }

    default void taskChanged(Task task) {
    }

    default void taskDeleted(long taskId) {
    }

    default void workflowChanged(long workflowId) {
    }

    default void workflowDeleted(long workflowId) {
    }

    default void schedulingPaused(boolean paused) {
    }
}
