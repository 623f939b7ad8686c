package io.kumo.domain;

/** The life of one run; every status but QUEUED and RUNNING is terminal. */
public enum RunStatus {
    QUEUED, RUNNING, SUCCESS, FAILED, TIMEOUT, STOPPED, SKIPPED, MISSED, INTERRUPTED;

    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }
}
