package io.kumo.ui.nodes;

import io.kumo.cluster.service.NodeDirectory;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the Nodes pane uses: the cluster's nodes, whether this Kumo is part of a cluster (else it lists this machine
 * alone and says how to connect), the clock the ages are measured on and the zone times are shown in.
 */
public record NodesServices(NodeDirectory directory, boolean clustered, Clock clock, ZoneId zone) {
}
