package io.kumo.cluster.service;

import io.kumo.cluster.NodeInfo;
import java.util.List;

/** The nodes for the Nodes view, {@code kumo nodes} and the REST API: on one machine, that machine alone. */
public interface NodeDirectory {

    /** Every node, alive first, then by name. */
    List<NodeInfo> nodes();

    /** This node's name. */
    String self();
}
