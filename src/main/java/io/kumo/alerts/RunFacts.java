package io.kumo.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an alert says about one run of a task, or one workflow run: a snapshot taken off the engine's thread, so rules
 * and templates never read the store.
 *
 * @param runId         the task run's id; for a workflow run, null
 * @param workflowRunId the workflow run's id; for a task run, null
 * @param name          the task's or the workflow's name
 * @param status        the run's status word as stored (FAILED, TIMEOUT, SUCCESS, MISSED, RUNNING…)
 * @param error         the one-line error summary (already masked for secret variables), or null
 * @param logTail       the last lines of the run's log (masked), oldest first; empty when none were read
 * @param failedSteps   a workflow run's failed steps; empty for a task run
 */
public record RunFacts(Long runId, Long workflowRunId, Long taskId, Long workflowId, Long projectId, String name,
                       String projectName, String status, Integer exitCode, Instant startedAt, Instant endedAt,
                       String error, int attempt, int missedFires, List<String> logTail, List<String> failedSteps) {

    public RunFacts {
        logTail = List.copyOf(logTail);
        failedSteps = List.copyOf(failedSteps);
    }

    public boolean isWorkflow() {
        return workflowRunId != null;
    }

    /** From start to end (or to {@code now} while it runs); null before it started. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    /** The same facts with another error line (a new error's type, message and place). */
    public RunFacts withError(String otherError) {
        return new RunFacts(runId, workflowRunId, taskId, workflowId, projectId, name, projectName, status, exitCode,
                startedAt, endedAt, otherError, attempt, missedFires, logTail, failedSteps);
    }

    /** The same facts with another log tail (e.g. the last lines a channel asks for). */
    public RunFacts withLogTail(List<String> tail) {
        return new RunFacts(runId, workflowRunId, taskId, workflowId, projectId, name, projectName, status, exitCode,
                startedAt, endedAt, error, attempt, missedFires, tail, failedSteps);
    }
}
