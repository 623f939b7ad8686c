package io.kumo.ui.tasks;

import io.kumo.domain.RunStatus;

/** The status filter of the task table: a last run status, or running now, paused, never run. */
public enum StatusFilter {
    ANY("Any status"),
    RUNNING("Running now"),
    PAUSED("Paused"),
    SUCCESS("Last run succeeded"),
    FAILED("Last run failed"),
    TIMEOUT("Last run timed out"),
    STOPPED("Last run stopped"),
    INTERRUPTED("Last run interrupted"),
    NEVER_RUN("Never run");

    private final String label;

    StatusFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean matches(TaskItem item) {
        return switch (this) {
            case ANY -> true;
            case RUNNING -> item.isRunning();
            case PAUSED -> !item.enabled();
            case NEVER_RUN -> item.lastStatus() == null && !item.isRunning();
            default -> item.lastStatus() == RunStatus.valueOf(name());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
