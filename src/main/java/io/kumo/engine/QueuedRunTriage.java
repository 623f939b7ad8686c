package io.kumo.engine;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.Run;
import io.kumo.domain.TriggerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * What becomes of the QUEUED runs a previous Kumo left behind, at the next start. One whose instant is still ahead
 * waits for it; one late by up to the misfire threshold starts; one later than that is a misfire and follows its
 * task's policy, as a fire found late does: {@code skip} records it MISSED, {@code once} starts only the task's newest
 * late run (none when the scheduler catches the task up with a newer fire itself), {@code all} starts them all.
 * A manual run always starts: the user asked for that run. A run that was already being started (claimed, see
 * {@link RunStore#claim}) is never started again: it ends INTERRUPTED.
 */
final class QueuedRunTriage {

    enum Action { WAIT, START, MISS, INTERRUPT }

    record Decision(Run run, Action action, String reason) {
    }

    private final Instant now;
    private final Duration threshold;

    QueuedRunTriage(Instant now, Duration threshold) {
        this.now = now;
        this.threshold = threshold;
    }

    /**
     * @param queued           the QUEUED runs of tasks that still exist
     * @param policyOf         a task's misfire policy, by task id
     * @param schedulerCatchesUp whether the scheduler found the task's own next fire late (it then runs a catch-up)
     */
    List<Decision> triage(List<Run> queued, LongFunction<MisfirePolicy> policyOf, LongPredicate schedulerCatchesUp) {
        Map<Long, Run> newestDue = new HashMap<>();
        for (Run run : queued) {
            if (!run.getScheduledFor().isAfter(now) && run.getTriggerKind() != TriggerKind.MANUAL && run.getClaimedAt() == null) {
                newestDue.merge(run.getTaskId(), run, (a, b) -> b.getScheduledFor().isAfter(a.getScheduledFor()) ? b : a);
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (Run run : queued) {
            decisions.add(decide(run, policyOf.apply(run.getTaskId()),
                    newestDue.get(run.getTaskId()) == run && !schedulerCatchesUp.test(run.getTaskId())));
        }
        return decisions;
    }

    private Decision decide(Run run, MisfirePolicy policy, boolean theCatchUp) {
        if (run.getClaimedAt() != null) { // claimed for its spawn: it may have run, so it never starts again
            return new Decision(run, Action.INTERRUPT,
                    "Kumo stopped while this run was starting; it may have started, so it was not started again");
        }
        if (run.getScheduledFor().isAfter(now)) {
            return new Decision(run, Action.WAIT, null);
        }
        boolean misfired = Duration.between(run.getScheduledFor(), now).compareTo(threshold) > 0;
        if (!misfired || run.getTriggerKind() == TriggerKind.MANUAL || policy == MisfirePolicy.ALL) {
            return new Decision(run, Action.START, null);
        }
        if (policy == MisfirePolicy.ONCE && theCatchUp) {
            return new Decision(run, Action.START, null);
        }
        return new Decision(run, Action.MISS, policy == MisfirePolicy.SKIP
                ? "missed: it was still queued when Kumo stopped (misfire policy skip)"
                : "missed: it was still queued when Kumo stopped; a later run of this task catches up (misfire policy once)");
    }
}
