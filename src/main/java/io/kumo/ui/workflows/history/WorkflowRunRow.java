package io.kumo.ui.workflows.history;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Duration;
import java.time.Instant;

/** One line of a workflow's runs table: an immutable snapshot of the run and its step counts. */
public record WorkflowRunRow(long id, RunStatus status, TriggerKind trigger, Instant startedAt, Instant endedAt,
                             int succeeded, int failed, int skipped, Long rerunOf) {

    public static WorkflowRunRow of(WorkflowRunRecord run) {
        int ok = 0;
        int bad = 0;
        int skipped = 0;
        for (StepRunRecord step : run.steps()) {
            if (step.status() == StepStatus.SUCCESS) {
                ok++;
            } else if (step.status().isFailure()) {
                bad++;
            } else if (step.status() == StepStatus.SKIPPED) {
                skipped++;
            }
        }
        return new WorkflowRunRow(run.id(), run.status(), run.trigger(), run.startedAt(), run.endedAt(), ok, bad, skipped,
                run.rerunOf());
    }

    public boolean active() {
        return status == RunStatus.RUNNING || status == RunStatus.QUEUED;
    }

    /** End minus start; for a running run, the time so far; null before it started. */
    public Duration duration(Instant now) {
        return startedAt == null ? null : Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    /** "3 ok · 1 failed · 2 skipped". */
    public String stepCounts() {
        return succeeded + " ok · " + failed + " failed · " + skipped + " skipped";
    }

    /** "#12", or empty for a fresh run. */
    public String rerunText() {
        return rerunOf == null ? "" : "#" + rerunOf;
    }
}
