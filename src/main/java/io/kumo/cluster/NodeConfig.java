package io.kumo.cluster;

import io.kumo.common.HostName;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How this node joins: its name ({@code --node}, default the host name), its labels ({@code --labels}), whether it runs
 * tasks (a desktop may only control the cluster), its own limit of runs at once ({@code --max-runs}; empty: the global
 * setting), and its lease: a node silent for longer is declared dead (default 10 s, so that its runs go on elsewhere within 15 s), heartbeating every
 * {@code heartbeat} (default a fifth of the lease).
 */
public record NodeConfig(String name, Set<String> labels, boolean runsTasks, OptionalInt maxRuns, Duration lease,
                         Duration heartbeat) {

    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(10);

    public NodeConfig {
        Objects.requireNonNull(name, "name");
        labels = Set.copyOf(labels);
        Objects.requireNonNull(maxRuns, "maxRuns");
        if (lease.isNegative() || lease.isZero() || heartbeat.isNegative() || heartbeat.isZero()
                || heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("heartbeat " + heartbeat + " must be positive and shorter than lease " + lease);
        }
    }

    /** One machine alone, named after its host. */
    public static NodeConfig solo() {
        return named(HostName.get(), Set.of(), true, OptionalInt.empty(), DEFAULT_LEASE);
    }

    /** A node with the heartbeat a fifth of {@code lease}. */
    public static NodeConfig named(String name, Set<String> labels, boolean runsTasks, OptionalInt maxRuns, Duration lease) {
        return new NodeConfig(name, labels, runsTasks, maxRuns, lease, lease.dividedBy(5));
    }
}
