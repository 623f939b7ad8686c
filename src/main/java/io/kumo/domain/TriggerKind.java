package io.kumo.domain;

/** What started a run. */
public enum TriggerKind {
    CRON, INTERVAL, ONCE, MANUAL, RETRY, CATCHUP
}
