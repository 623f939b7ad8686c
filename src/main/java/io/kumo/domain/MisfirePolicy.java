package io.kumo.domain;

/** What happens to fires missed while Kumo was closed or the machine slept. */
public enum MisfirePolicy {
    SKIP, ONCE, ALL
}
