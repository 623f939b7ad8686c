package io.kumo.engine;

import io.kumo.domain.Task;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where this engine sits: alone on one machine ({@link #solo}), or as one node of a cluster sharing a PostgreSQL
 * database ({@code io.kumo.cluster.service.ClusterMember} implements it). The engine stamps {@link #name()} on every
 * run it records; in a cluster it recovers and triages only its own runs, takes no fire it may not run here, and
 * claims and spawns nothing while it does not hold its lease.
 */
public interface NodeSeat {

    /** This node's name, stamped on every run it records ({@code runs.node}). */
    String name();

    /** Whether several nodes share the database: recovery and triage then touch only this node's runs. */
    boolean clustered();

    /** Whether this node takes fires and runs at all (false: a desktop that only controls the cluster). */
    boolean runsTasks();

    /** Why this node may not run {@code task} here (labels it lacks, its environment missing here); empty: it may. */
    Optional<String> whyNotHere(Task task);

    /** Whether the node holds its lease now: false while its database link is down, or once it was declared dead. */
    boolean holdsLease();

    /** The most runs at once on this node; empty: the global setting {@code engine.max_concurrent_runs}. */
    OptionalInt maxRuns();

    /** One machine alone: every run is its own, it may run everything, always. */
    static NodeSeat solo(String name) {
        return new NodeSeat() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean clustered() {
                return false;
            }

            @Override
            public boolean runsTasks() {
                return true;
            }

            @Override
            public Optional<String> whyNotHere(Task task) {
                return Optional.empty();
            }

            @Override
            public boolean holdsLease() {
                return true;
            }

            @Override
            public OptionalInt maxRuns() {
                return OptionalInt.empty();
            }
        };
    }
}
