package io.kumo.domain;

/** When a Git project pulls from its remote: only when asked, every few minutes, or before each run of its tasks. */
public enum GitPull {
    MANUAL,
    SCHEDULE,
    BEFORE_RUN
}
