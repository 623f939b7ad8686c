package io.kumo.domain;

/** What happens when a task fires while its previous run is still going. */
public enum OverlapPolicy {
    SKIP, QUEUE, ALLOW
}
