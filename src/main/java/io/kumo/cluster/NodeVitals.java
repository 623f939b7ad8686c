package io.kumo.cluster;

import java.util.List;

/**
 * What a node reports with each heartbeat: its runs going on, the machine's load and memory (null when not known),
 * and the Python environments present on it (by name).
 */
public record NodeVitals(int running, Double cpuLoad, Long memoryUsed, Long memoryTotal, List<String> environments) {

    public NodeVitals {
        environments = List.copyOf(environments);
    }

    public static NodeVitals unknown() {
        return new NodeVitals(0, null, null, null, List.of());
    }
}
