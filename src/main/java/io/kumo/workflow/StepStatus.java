package io.kumo.workflow;

/** Where one step of a workflow run stands; WAITING and RUNNING are the only ones that are not final. */
public enum StepStatus {
    WAITING, RUNNING, SUCCESS, FAILED, TIMEOUT, SKIPPED, STOPPED, INTERRUPTED;

    public boolean isTerminal() {
        return this != WAITING && this != RUNNING;
    }

    /** Failed in a way a retry or a re-run from the failed steps takes again. */
    public boolean isFailure() {
        return this == FAILED || this == TIMEOUT || this == STOPPED || this == INTERRUPTED;
    }
}
