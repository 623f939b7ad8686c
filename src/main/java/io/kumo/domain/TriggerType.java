package io.kumo.domain;

/** How a task is scheduled; MANUAL tasks only run when asked. */
public enum TriggerType {
    CRON, INTERVAL, ONCE, MANUAL
}
