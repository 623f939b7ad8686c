package io.kumo.app;

import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import io.kumo.cluster.service.NodeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** One machine alone: the Nodes view and {@code kumo nodes} list this machine, alive since the core opened. */
final class LocalNodeDirectory implements NodeDirectory {

    private final NodeConfig node;
    private final Clock clock;
    private final Instant started;

    LocalNodeDirectory(NodeConfig node, Clock clock) {
        this.node = node;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public List<NodeInfo> nodes() {
        Runtime runtime = Runtime.getRuntime();
        return List.of(new NodeInfo(node.name(), NodeStatus.ALIVE, node.labels(), node.runsTasks(),
                node.maxRuns().isPresent() ? node.maxRuns().getAsInt() : null, io.kumo.common.HostName.get(),
                ProcessHandle.current().pid(), io.kumo.common.AppInfo.load().version(), started, clock.instant(), 0, null, null,
                null, List.of(), null, null));
    }

    @Override
    public String self() {
        return node.name();
    }
}
