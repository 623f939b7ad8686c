package io.kumo.ui.runs;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as the UI shows it: an immutable snapshot taken when the record was read or the event arrived, so the FX
 * thread never reads a {@link Run} the engine is still changing. {@code node}: the cluster node that runs it (null:
 * recorded before cluster mode, or waiting for a node to adopt it).
 */
public record RunRow(long id, long taskId, String taskName, TriggerKind triggerKind, Instant scheduledFor,
                     Instant startedAt, Instant endedAt, Long pid, Integer exitCode, RunStatus status, int attempt,
                     Double peakCpu, Long peakRss, String logPath, String error, String samples, String node,
                     String gitCommit) {

    private static final int ERROR_SHOWN = 160;

    public static RunRow of(Run run) {
        return new RunRow(run.getId() == null ? 0 : run.getId(), run.getTaskId(), taskLabel(run.getTaskName(), run.getStepName()),
                run.getTriggerKind(),
                run.getScheduledFor(), run.getStartedAt(), run.getEndedAt(), run.getPid(), run.getExitCode(),
                run.getStatus(), run.getAttempt(), run.getPeakCpu(), run.getPeakRss(), run.getLogPath(), run.getError(),
                run.getSamples(), run.getNode(), run.getGitCommit());
    }

    /**
     * The name a run shows under "Task": a task's name, or for a workflow step's attempt (stored as
     * {@code <workflow> - <step>}) "workflow › step".
     */
    public static String taskLabel(String taskName, String stepName) {
        String suffix = " - " + stepName;
        if (stepName == null || taskName == null || !taskName.endsWith(suffix) || taskName.length() == suffix.length()) {
            return taskName;
        }
        return taskName.substring(0, taskName.length() - suffix.length()) + " › " + stepName;
    }

    /** An attempt of a workflow step, not of a task. */
    public boolean workflowStep() {
        return taskId < 0;
    }

    public boolean running() {
        return status == RunStatus.RUNNING;
    }

    public boolean active() {
        return status == RunStatus.RUNNING || status == RunStatus.QUEUED;
    }

    /** Failed before its process existed (the program was not found, say): it never had a log. */
    public boolean failedToLaunch() {
        return status == RunStatus.FAILED && pid == null;
    }

    public boolean hasLog() {
        return logPath != null;
    }

    /** Start minus scheduled instant; null for a run that never started. */
    public Duration lateness() {
        return startedAt == null || scheduledFor == null ? null : Duration.between(scheduledFor, startedAt);
    }

    /** End minus start; for a running run, the time so far. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    /** The first line of the error, shortened for a table cell. */
    public String errorSummary() {
        if (error == null || error.isBlank()) {
            return "";
        }
        String first = error.strip().lines().findFirst().orElse("");
        return first.length() > ERROR_SHOWN ? first.substring(0, ERROR_SHOWN) + "…" : first;
    }

    public String title() {
        return "Run #" + id + " · " + taskName;
    }
}
