package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.cluster.NodeInfo;
import io.kumo.json.Json;
import io.kumo.json.NodeJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo nodes [--json]}: the cluster's nodes (on one machine, this machine). */
@Command(name = "nodes", description = "List the cluster's nodes: status, labels, load, last heartbeat.")
final class NodesCommand implements Callable<Integer> {

    private static final String ROW = "%-20s %-6s %-16s %7s %4s %-13s %-12s %-10s %s%n";

    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        KumoCore core = TaskCommand.access(spec).core();
        List<NodeInfo> nodes = core.nodes().nodes();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(nodes.stream().map(NodeJson::of).toList()));
            return ExitCodes.OK;
        }
        Instant now = core.clock().instant();
        out.printf(ROW, "NAME", "STATUS", "LABELS", "RUNNING", "CPU", "MEMORY", "HEARTBEAT", "VERSION", "HOST");
        for (NodeInfo node : nodes) {
            out.printf(ROW, node.name(), NodeJson.status(node),
                    node.labels().isEmpty() ? "-" : String.join(",", new java.util.TreeSet<>(node.labels())),
                    node.runsTasks() ? node.running() + (node.maxRuns() == null ? "" : "/" + node.maxRuns()) : "-",
                    node.cpuLoad() == null ? "-" : Math.round(node.cpuLoad() * 100) + "%",
                    memory(node), Ago.of(node.heartbeatAt(), now), orDash(node.version()), orDash(node.host()));
        }
        return ExitCodes.OK;
    }

    /** "1.2/8.0 GiB". */
    private static String memory(NodeInfo node) {
        if (node.memoryUsed() == null || node.memoryTotal() == null) {
            return "-";
        }
        double gib = 1024.0 * 1024 * 1024;
        return String.format(Locale.ROOT, "%.1f/%.1f GiB", node.memoryUsed() / gib, node.memoryTotal() / gib);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
