package io.kumo.ui.nodes;

import io.kumo.ui.common.DisplayTime;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import io.kumo.ui.runs.RunFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A node as the Nodes table shows it, every value already in words: built on the background thread from a
 * {@link NodeInfo}, so the FX thread only places text.
 *
 * @param self      whether this is the computer the window runs on
 * @param deadNote  for a DEAD node, who declared it dead and when; empty otherwise
 */
public record NodeRow(String name, boolean self, NodeStatus status, List<String> labels, String running, String cpu,
                      String memory, String heartbeat, String version, String host, String started, String deadNote) {

    private static final String NONE = "—";

    public NodeRow {
        labels = List.copyOf(labels);
    }

    /** The row for {@code node} as seen at {@code now}; {@code self} the name of this computer's node. */
    public static NodeRow of(NodeInfo node, String self, Instant now, ZoneId zone) {
        DisplayTime time = DisplayTime.in(zone);
        String deadNote = node.status() != NodeStatus.DEAD ? ""
                : "declared dead" + (node.declaredDeadBy() == null ? "" : " by " + node.declaredDeadBy())
                + (node.declaredDeadAt() == null ? "" : " " + ago(node.declaredDeadAt(), now)
                + " (" + time.dateTimeMinutes(node.declaredDeadAt()) + ")");
        return new NodeRow(node.name(), node.name().equals(self), node.status(), List.copyOf(new TreeSet<>(node.labels())),
                running(node), cpu(node.cpuLoad()), memory(node.memoryUsed(), node.memoryTotal()),
                node.heartbeatAt() == null ? NONE : ago(node.heartbeatAt(), now), orDash(node.version()),
                node.host() == null ? NONE : node.host() + (node.pid() == null ? "" : " (pid " + node.pid() + ")"),
                node.startedAt() == null ? NONE : time.dateTimeMinutes(node.startedAt()), deadNote);
    }

    /** "2", or "2/4" with the node's own limit; a node that runs no tasks says so. */
    static String running(NodeInfo node) {
        if (!node.runsTasks()) {
            return "runs no tasks";
        }
        return node.maxRuns() == null ? Integer.toString(node.running()) : node.running() + "/" + node.maxRuns();
    }

    /** The load as a percentage of the whole machine: "37 %". */
    static String cpu(Double load) {
        return load == null ? NONE : String.format(Locale.ROOT, "%.0f %%", load * 100);
    }

    /** "3.1 GB / 16 GB". */
    static String memory(Long used, Long total) {
        if (used == null) {
            return NONE;
        }
        return RunFormat.bytes(used) + (total == null ? "" : " / " + RunFormat.bytes(total));
    }

    /** "3 s ago", "4 min ago", "2 h ago", "3 d ago"; "just now" for a clock a little ahead. */
    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.isZero()) {
            return "just now";
        }
        long seconds = age.toSeconds();
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return age.toMinutes() + " min ago";
        }
        if (seconds < 86_400) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " d ago";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
