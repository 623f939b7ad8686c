package io.kumo.engine;

import io.kumo.domain.RunStatus;
import java.time.Instant;

/**
 * What the task table shows beside a task's own fields: its last finished run, how many runs ended and succeeded in
 * the window the summary was made for, and how many are running now.
 */
public record TaskSummary(long taskId, RunStatus lastStatus, Instant lastRunAt, long finished, long succeeded, long running) {

    /** Success rate in [0, 1], or -1 when no run finished in the window. */
    public double successRate() {
        return finished == 0 ? -1 : (double) succeeded / finished;
    }

    public static TaskSummary none(long taskId) {
        return new TaskSummary(taskId, null, null, 0, 0, 0);
    }
}
