package io.kumo.workflow.engine;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.FireScheduler;
import io.kumo.engine.LateFires;
import io.kumo.engine.MissedGap;
import io.kumo.schedule.CronTrigger;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.workflow.WorkflowSchedule;
import io.kumo.workflow.service.StoredWorkflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflows' schedules on a {@link FireScheduler} of their own, so cron, intervals, one-shots, catch-up after
 * downtime and the misfire policy behave as for tasks: each scheduled workflow is handed to it as an in-memory task
 * with the workflow's id and trigger. Late fires follow the workflow's misfire policy (skip, once, all) and the fires
 * not run are one MISSED workflow run per gap.
 */
public final class WorkflowSchedules implements FireScheduler.Target {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSchedules.class);
    static final int MISSED_KEPT = 100;

    /** Where a due fire goes: a run of the workflow (its overlap policy applies). */
    interface Fires {
        void fire(StoredWorkflow workflow, TriggerKind kind, Instant scheduledFor);
    }

    /** Where a gap of missed fires is recorded. */
    interface Missed {
        void record(StoredWorkflow workflow, TriggerKind kind, Instant first, Instant last, long count, String note);
    }

    private final Clock clock;
    private final WorkflowCatalog workflows;
    private final Fires fires;
    private final Missed missed;
    private final FireScheduler scheduler;
    private final Map<Long, StoredWorkflow> scheduled = new ConcurrentHashMap<>();
    private volatile boolean started;

    WorkflowSchedules(Clock clock, WorkflowCatalog workflows, Fires fires, Missed missed) {
        this.clock = clock;
        this.workflows = workflows;
        this.fires = fires;
        this.missed = missed;
        this.scheduler = new FireScheduler(clock, this, MISSED_KEPT);
    }

    /** Schedules every enabled workflow from its last fire (so fires missed while Kumo was down are found late). */
    void start(boolean paused) {
        scheduler.setPaused(paused);
        started = true;
        List<StoredWorkflow> all;
        try {
            all = workflows.all();
        } catch (RuntimeException e) { // a file this Kumo cannot read must not stop the engine: nothing is scheduled until it is saved again
            LOG.error("The workflows could not be read and are not scheduled: {}", e.getMessage());
            return;
        }
        for (StoredWorkflow workflow : all) {
            if (workflow.enabled()) {
                schedule(workflow, workflow.lastFiredAt() != null ? workflow.lastFiredAt() : workflow.updatedAt());
            }
        }
    }

    /** Starts the timer thread (the instance's engine; tests tick by hand). */
    void startTimer() {
        scheduler.start();
    }

    /** Checks for due fires now; what the timer thread does on its own. */
    public Optional<Instant> tick() {
        return scheduler.tick();
    }

    void stop() {
        started = false;
        scheduler.stop();
    }

    void setPaused(boolean paused) {
        if (scheduler.isPaused() == paused) {
            return;
        }
        if (!paused) { // from now: the pause's fires are not misfires
            scheduled.values().forEach(workflow -> schedule(workflow, clock.instant()));
        }
        scheduler.setPaused(paused);
    }

    void changed(StoredWorkflow workflow) {
        if (!started) {
            return;
        }
        if (workflow.enabled()) {
            schedule(workflow, clock.instant());
        } else {
            deleted(workflow.id());
        }
    }

    void deleted(long workflowId) {
        scheduled.remove(workflowId);
        scheduler.unschedule(workflowId);
    }

    Optional<Instant> nextFire(long workflowId) {
        return scheduler.nextFire(workflowId);
    }

    private void schedule(StoredWorkflow workflow, Instant from) {
        try {
            Task task = taskOf(workflow);
            Optional<Trigger> trigger = Triggers.of(task).filter(t -> !(t instanceof CronTrigger cron && cron.isReboot()));
            if (trigger.isEmpty()) {
                deleted(workflow.id());
                return;
            }
            scheduled.put(workflow.id(), workflow);
            scheduler.schedule(task, trigger.get(), from);
        } catch (RuntimeException e) {
            deleted(workflow.id());
            LOG.error("Workflow '{}' cannot be scheduled and is skipped: {}", workflow.name(), e.getMessage());
        }
    }

    /** The in-memory task the fire scheduler keeps for a workflow: its id and its trigger's fields. */
    static Task taskOf(StoredWorkflow workflow) {
        Task task = new Task(workflow.name(), "workflow " + workflow.name());
        task.setId(workflow.id());
        WorkflowSchedule schedule = workflow.definition().schedule();
        if (schedule == null) {
            return task;
        }
        task.setTriggerType(schedule.type());
        task.setCronExpression(schedule.cron());
        task.setIntervalSeconds(schedule.intervalSeconds());
        task.setAnchorAt(workflow.updatedAt());
        task.setRunAt(schedule.runAt());
        task.setTimeZone(schedule.timeZone());
        task.setMisfirePolicy(workflow.definition().misfire());
        task.setOverlapPolicy(workflow.definition().overlap());
        task.setUpdatedAt(workflow.updatedAt());
        return task;
    }

    @Override
    public void fire(Task task, Trigger trigger, Instant scheduledFor) {
        StoredWorkflow workflow = scheduled.get(task.getId());
        if (workflow != null) {
            fires.fire(workflow, trigger.kind(), scheduledFor);
        }
    }

    /** As for tasks: skip runs none of the late fires, once the newest (none when an on-time fire follows), all the newest {@value #MISSED_KEPT}. */
    @Override
    public void misfire(Task task, Trigger trigger, LateFires late, boolean onTimeFollows) {
        StoredWorkflow workflow = scheduled.get(task.getId());
        if (workflow == null) {
            return;
        }
        MisfirePolicy policy = workflow.definition().misfire();
        int catchUps = switch (policy) {
            case SKIP -> 0;
            case ONCE -> onTimeFollows ? 0 : 1;
            case ALL -> MISSED_KEPT;
        };
        late.before(catchUps).ifPresent(gap -> missed.record(workflow, trigger.kind(), gap.first(), gap.last(), gap.count(),
                describe(gap, task) + " (Kumo was not running, was held up or the computer slept; misfire policy "
                        + policy.name().toLowerCase(Locale.ROOT) + ")"));
        for (Instant fire : late.newest(catchUps)) {
            fires.fire(workflow, TriggerKind.CATCHUP, fire);
        }
    }

    private String describe(MissedGap gap, Task task) {
        ZoneId zone;
        try {
            zone = Triggers.zone(task.getTimeZone());
        } catch (RuntimeException e) {
            zone = ZoneOffset.UTC;
        }
        return gap.describe(zone, clock.instant().atZone(zone).toLocalDate());
    }

    @Override
    public void startDelayed(long runId) {
        // workflow runs are never delayed through the scheduler: queued runs wait in the workflow engine
    }
}
