package io.kumo.workflow.service;

import io.kumo.schedule.CronTrigger;
import io.kumo.schedule.IntervalTrigger;
import io.kumo.schedule.OnceTrigger;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.workflow.WorkflowSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A workflow's schedule as one of Kumo's triggers, and in the words the task list uses. */
public final class WorkflowTriggers {

    /** What the list shows for a workflow without a schedule. */
    public static final String MANUAL = "manual";

    private WorkflowTriggers() {
    }

    /**
     * The trigger of {@code schedule} (empty: runs only when asked); an interval counts from {@code anchor}.
     *
     * @throws io.kumo.common.ValidationException a cron expression or time zone that cannot be read
     */
    public static Optional<Trigger> of(WorkflowSchedule schedule, Instant anchor) {
        if (schedule == null || schedule.type() == null) {
            return Optional.empty();
        }
        return switch (schedule.type()) {
            case MANUAL -> Optional.empty();
            case CRON -> Optional.of(new CronTrigger(Triggers.cron(schedule.cron()), Triggers.zone(schedule.timeZone())));
            case INTERVAL -> schedule.intervalSeconds() == null || schedule.intervalSeconds() <= 0 ? Optional.empty()
                    : Optional.of(new IntervalTrigger(Duration.ofSeconds(schedule.intervalSeconds()), anchor));
            case ONCE -> Optional.ofNullable(schedule.runAt()).map(OnceTrigger::new);
        };
    }

    /** "At 02:30", "Every 5m", "manual". */
    public static String words(WorkflowSchedule schedule) {
        return of(schedule, Instant.EPOCH).map(Trigger::describe).orElse(MANUAL);
    }
}
