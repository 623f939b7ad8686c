package io.kumo.desktop;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import java.util.Optional;
import java.util.Set;

/**
 * When a finished run deserves a desktop notification: a failure or a time-out (unless a retry follows), and a
 * success right after a failure ("recovered"). Per task and globally switchable. Pure: the caller supplies the
 * task's previous outcome.
 */
public final class NotificationRules {

    private static final Set<RunStatus> BAD = Set.of(RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.INTERRUPTED);

    private NotificationRules() {
    }

    public record Switches(boolean onFailure, boolean onRecovery) {
    }

    public static Optional<Notice> decide(Run run, Task task, RunStatus previousOutcome, Switches switches) {
        if (!task.isNotify()) {
            return Optional.empty();
        }
        RunStatus status = run.getStatus();
        boolean retryFollows = run.getAttempt() <= task.getRetries();
        if ((status == RunStatus.FAILED || status == RunStatus.TIMEOUT) && switches.onFailure() && !retryFollows) {
            String title = status == RunStatus.TIMEOUT ? task.getName() + " timed out" : task.getName() + " failed";
            String body = run.getError() != null && !run.getError().isBlank() ? run.getError()
                    : run.getExitCode() != null ? "Exit code " + run.getExitCode() : "See its log in Kumo";
            return Optional.of(new Notice(Notice.Level.ERROR, title, body, task.getId(), run.getId()));
        }
        if (status == RunStatus.SUCCESS && switches.onRecovery() && previousOutcome != null && BAD.contains(previousOutcome)) {
            return Optional.of(new Notice(Notice.Level.INFO, task.getName() + " recovered",
                    "It succeeded again after " + previousOutcome.name().toLowerCase(java.util.Locale.ROOT) + " runs",
                    task.getId(), run.getId()));
        }
        return Optional.empty();
    }

    /** The outcomes that count as a task's last result (skipped or stopped runs say nothing about its health). */
    public static boolean isOutcome(RunStatus status) {
        return status == RunStatus.SUCCESS || BAD.contains(status);
    }
}
