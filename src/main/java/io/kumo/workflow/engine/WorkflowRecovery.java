package io.kumo.workflow.engine;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.StepStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash: every workflow run left RUNNING or QUEUED ends INTERRUPTED and keeps every step that finished. The
 * {@code runs} table is the truth for a step: one whose latest attempt ended SUCCESS while Kumo died before writing the
 * step is SUCCESS (its outputs read from its file); one whose attempt ended otherwise takes that end; the rest (running,
 * waiting) end INTERRUPTED. Runs are not resumed: a re-run from the failed steps carries on from there, by the user's
 * choice, with the same file and parameters. The engine's own recovery ran first, so no attempt is still RUNNING.
 */
final class WorkflowRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRecovery.class);
    static final String REASON = "Kumo stopped during this run; the steps that finished are kept (re-run from the failed steps to carry on)";

    private final WorkflowRunRows rows;
    private final WorkflowRunWriter writer;
    private final StepOutputs outputs;
    private final Clock clock;

    WorkflowRecovery(WorkflowRunRows rows, WorkflowRunWriter writer, StepOutputs outputs, Clock clock) {
        this.rows = rows;
        this.writer = writer;
        this.outputs = outputs;
        this.clock = clock;
    }

    int recover() {
        List<Long> unfinished = rows.unfinished();
        for (long id : unfinished) {
            try {
                recover(id);
            } catch (RuntimeException e) { // the other runs are still recovered; this one is tried again next start
                LOG.error("Workflow run #{} left by a previous Kumo could not be recovered", id, e);
            }
        }
        return unfinished.size();
    }

    private void recover(long id) {
        Instant now = clock.instant();
        for (StepState step : rows.steps(id)) {
            if (!step.status.isTerminal()) {
                reconcile(id, step, now);
                writer.updateStep(step);
            }
        }
        WorkflowRunRows.StoredRun run = rows.run(id).orElseThrow();
        writer.updateRun(id, RunStatus.INTERRUPTED, run.startedAt(), now, REASON);
        LOG.warn("Workflow run #{} of '{}' was left {} by a previous Kumo; now INTERRUPTED", id, run.workflowName(), run.status());
    }

    private void reconcile(long runId, StepState step, Instant now) {
        Optional<WorkflowRunRows.Attempt> attempt = rows.latestAttempt(step);
        if (attempt.isEmpty()) {
            step.end(StepStatus.INTERRUPTED, now, step.status == StepStatus.WAITING ? "not started: Kumo stopped during the run"
                    : "Kumo stopped before its attempt was recorded");
            return;
        }
        WorkflowRunRows.Attempt last = attempt.get();
        step.runId = last.runId();
        step.exitCode = last.exitCode();
        step.startedAt = step.startedAt != null ? step.startedAt : last.startedAt();
        StepStatus status = last.status().isTerminal() ? StepEnds.of(last.status()) : StepStatus.INTERRUPTED;
        if (status == StepStatus.SUCCESS) {
            StepOutputs.Read read = StepOutputs.read(outputs.fileOf(runId, step));
            step.outputs.putAll(read.values());
            step.end(status, last.endedAt(), read.note());
        } else {
            step.end(status, last.endedAt() != null ? last.endedAt() : now, last.error());
        }
    }
}
