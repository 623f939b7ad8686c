package io.kumo.cluster;

/** A node's state in the cluster. */
public enum NodeStatus {
    /** Heartbeating within its lease. */
    ALIVE,
    /** Silent for longer than the lease: another node declared it dead and took its runs over. */
    DEAD,
    /** Stopped cleanly (its runs ended before it left). */
    LEFT
}
