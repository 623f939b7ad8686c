package io.kumo.service;

import io.kumo.domain.Task;

/**
 * What the scheduler must hear when a task changes: {@link TaskService} calls it after its transaction commits, on the
 * thread that made the change. The engine implements it; without a running engine nothing is scheduled
 * ({@link #NONE}), and the engine reads every task when it starts.
 */
public interface TaskScheduling {

    TaskScheduling NONE = new TaskScheduling() {
        @Override
        public void taskChanged(Task task) {
        }

        @Override
        public void taskDeleted(long taskId) {
        }
    };

    /** Created, edited, paused or resumed: schedule it again from now, or drop it when it is paused. */
    void taskChanged(Task task);

    void taskDeleted(long taskId);
}
