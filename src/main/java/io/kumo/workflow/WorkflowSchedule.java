package io.kumo.workflow;

import io.kumo.domain.TriggerType;
import java.time.Instant;

/**
 * When a workflow starts on its own: a cron expression (Dagu's {@code schedule}), an interval or one instant; the same
 * triggers as a task's, read in {@code timeZone} (null: the system's).
 */
public record WorkflowSchedule(TriggerType type, String cron, Long intervalSeconds, Instant runAt, String timeZone) {

    public static WorkflowSchedule cron(String expression, String timeZone) {
        return new WorkflowSchedule(TriggerType.CRON, expression, null, null, timeZone);
    }

    public static WorkflowSchedule every(long seconds) {
        return new WorkflowSchedule(TriggerType.INTERVAL, null, seconds, null, null);
    }

    public static WorkflowSchedule at(Instant instant) {
        return new WorkflowSchedule(TriggerType.ONCE, null, null, instant, null);
    }
}
