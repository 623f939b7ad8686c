package io.kumo.workflow.engine;

import io.kumo.domain.RunStatus;
import io.kumo.workflow.StepStatus;

/**
 * How runs and steps map onto each other and what a workflow run comes to, decided as Dagu does where it has an
 * answer: the run SUCCEEDS when every step succeeded, was skipped, or failed with {@code continueOn: failure}; it FAILS
 * when any other step failed, timed out or was stopped on its own; a stop or the workflow's timeout ends it STOPPED or
 * TIMEOUT whatever its steps did.
 */
final class StepEnds {

    private StepEnds() {
    }

    /** A step attempt's run status as the step's. */
    static StepStatus of(RunStatus status) {
        return switch (status) {
            case SUCCESS -> StepStatus.SUCCESS;
            case TIMEOUT -> StepStatus.TIMEOUT;
            case STOPPED -> StepStatus.STOPPED;
            case INTERRUPTED -> StepStatus.INTERRUPTED;
            case QUEUED, RUNNING -> StepStatus.RUNNING;
            default -> StepStatus.FAILED;
        };
    }

    static boolean retryable(StepStatus status) {
        return status == StepStatus.FAILED || status == StepStatus.TIMEOUT;
    }

    /** What the run's steps came to once all of them ended. */
    static RunStatus outcome(WorkflowRunState run) {
        if (run.endingAs != null) {
            return run.endingAs;
        }
        boolean failed = run.mainSteps().stream().anyMatch(step -> step.status.isFailure()
                && !(step.status == StepStatus.FAILED && run.definitionOf(step.name).continueOnFailure()));
        return failed ? RunStatus.FAILED : RunStatus.SUCCESS;
    }

    /** The handler run for an outcome besides {@code exit}: success, failure (also a timeout) or cancel. */
    static String handlerFor(RunStatus outcome) {
        return switch (outcome) {
            case SUCCESS -> "success";
            case STOPPED -> "cancel";
            default -> "failure";
        };
    }
}
