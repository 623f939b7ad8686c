package io.kumo.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One node as the Nodes view, {@code kumo nodes} and {@code GET /api/v1/nodes} show it: its row in {@code nodes}.
 *
 * @param running       runs going on the node at its last heartbeat
 * @param cpuLoad       the machine's CPU load at its last heartbeat, 0..1; null when not known
 * @param memoryUsed    the machine's used memory in bytes at its last heartbeat; null when not known
 * @param environments  the Python environments present on the node (by name)
 * @param declaredDeadBy the node that declared it dead; null unless DEAD
 */
public record NodeInfo(String name, NodeStatus status, Set<String> labels, boolean runsTasks, Integer maxRuns,
                       String host, Long pid, String version, Instant startedAt, Instant heartbeatAt, int running,
                       Double cpuLoad, Long memoryUsed, Long memoryTotal, List<String> environments,
                       Instant declaredDeadAt, String declaredDeadBy) {

    public NodeInfo {
        labels = Set.copyOf(labels);
        environments = List.copyOf(environments);
    }
}
