package io.kumo.domain;

/** When a Git project pulls from its remote: only when asked, every few minutes, or before each run of its tasks. */
public enum GitPull {
    MANUAL,
    SCHEDULE,
    BEFORE_RUN;

    /** In words, after "pulls": "when asked", "every 30 minutes", "before each run" (CLI and window alike). */
    public String describe(Integer minutes) {
        return switch (this) {
            case MANUAL -> "when asked";
            case SCHEDULE -> minutes == null ? "on a schedule" : "every " + minutes + (minutes == 1 ? " minute" : " minutes");
            case BEFORE_RUN -> "before each run";
        };
    }
}
