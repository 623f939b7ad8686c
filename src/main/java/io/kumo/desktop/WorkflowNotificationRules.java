package io.kumo.desktop;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a finished workflow run deserves a desktop notification: one for the whole run when it failed, timed out or
 * was interrupted, naming the steps that failed; and one when it succeeds right after such a run ("recovered"). Its
 * steps never notify one by one (their attempts have no task). Pure: the caller supplies the previous outcome.
 */
public final class WorkflowNotificationRules {

    private static final Set<RunStatus> BAD = Set.of(RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.INTERRUPTED);
    private static final int STEPS_NAMED = 3;

    private WorkflowNotificationRules() {
    }

    public static Optional<Notice> decide(WorkflowRunRecord run, RunStatus previousOutcome, NotificationRules.Switches switches) {
        String name = "Workflow " + run.workflowName();
        if (BAD.contains(run.status()) && switches.onFailure()) {
            String title = switch (run.status()) {
                case TIMEOUT -> name + " timed out";
                case INTERRUPTED -> name + " was interrupted";
                default -> name + " failed";
            };
            return Optional.of(new Notice(Notice.Level.ERROR, title, failureBody(run), 0, run.id()));
        }
        if (run.status() == RunStatus.SUCCESS && switches.onRecovery() && previousOutcome != null && BAD.contains(previousOutcome)) {
            return Optional.of(new Notice(Notice.Level.INFO, name + " recovered", "Run #" + run.id() + " succeeded after a "
                    + previousOutcome.name().toLowerCase(Locale.ROOT) + " run", 0, run.id()));
        }
        return Optional.empty();
    }

    /** "Step load failed (exit code 1)", "Steps a, b, c and 2 more failed", or the run's own error. */
    static String failureBody(WorkflowRunRecord run) {
        List<StepRunRecord> failed = run.steps().stream().filter(step -> step.handler() == null && step.status().isFailure()).toList();
        if (failed.isEmpty()) {
            return run.error() != null && !run.error().isBlank() ? run.error() : "See run #" + run.id() + " in Kumo";
        }
        if (failed.size() == 1) {
            StepRunRecord step = failed.getFirst();
            String how = step.status().name().toLowerCase(Locale.ROOT);
            return "Step " + step.name() + " " + (step.status() == io.kumo.workflow.StepStatus.TIMEOUT ? "timed out" : how)
                    + (step.exitCode() != null ? " (exit code " + step.exitCode() + ")" : "");
        }
        List<String> names = failed.stream().map(StepRunRecord::name).limit(STEPS_NAMED).toList();
        String more = failed.size() > STEPS_NAMED ? " and " + (failed.size() - STEPS_NAMED) + " more" : "";
        return "Steps " + String.join(", ", names) + more + " failed";
    }
}
