package io.kumo.json;

import io.kumo.cluster.NodeInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** A node as {@code kumo nodes --json} prints it and {@code GET /api/v1/nodes} answers it. */
public final class NodeJson {

    private NodeJson() {
    }

    public static Map<String, Object> of(NodeInfo node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.name());
        json.put("status", node.status().name());
        json.put("labels", new TreeSet<>(node.labels()).stream().toList());
        json.put("runs_tasks", node.runsTasks());
        json.put("max_runs", node.maxRuns());
        json.put("host", node.host());
        json.put("pid", node.pid());
        json.put("version", node.version());
        json.put("started_at", Json.instant(node.startedAt()));
        json.put("heartbeat_at", Json.instant(node.heartbeatAt()));
        json.put("running", node.running());
        json.put("cpu_load", node.cpuLoad());
        json.put("memory_used", node.memoryUsed());
        json.put("memory_total", node.memoryTotal());
        json.put("environments", node.environments());
        json.put("declared_dead_at", Json.instant(node.declaredDeadAt()));
        json.put("declared_dead_by", node.declaredDeadBy());
        return json;
    }

    /** "ALIVE" as the table shows it: lower-case. */
    public static String status(NodeInfo node) {
        return node.status().name().toLowerCase(Locale.ROOT);
    }
}
