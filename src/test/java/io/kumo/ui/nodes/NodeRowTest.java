package io.kumo.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a node reads in the Nodes table. */
class NodeRowTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    private static NodeInfo node(String name, NodeStatus status, boolean runsTasks, Integer maxRuns, int running,
                                 Double cpu, Long used, Long total, Instant deadAt, String deadBy) {
        return new NodeInfo(name, status, Set.of("gpu", "eu"), runsTasks, maxRuns, "host-" + name, 4242L, "1.8.0",
                NOW.minusSeconds(3600), NOW.minusSeconds(3), running, cpu, used, total, List.of("py312"), deadAt, deadBy);
    }

    @Test
    void anAliveNodeReadsInWords() {
        NodeRow row = NodeRow.of(node("build-1", NodeStatus.ALIVE, true, 4, 2, 0.372, 3_328_599_654L, 17_179_869_184L,
                null, null), "desk", NOW, ZoneOffset.UTC);

        assertThat(row.self()).isFalse();
        assertThat(row.labels()).containsExactly("eu", "gpu");
        assertThat(row.running()).isEqualTo("2/4");
        assertThat(row.cpu()).isEqualTo("37 %");
        assertThat(row.memory()).isEqualTo("3.1 GB / 16 GB");
        assertThat(row.heartbeat()).isEqualTo("3 s ago");
        assertThat(row.host()).isEqualTo("host-build-1 (pid 4242)");
        assertThat(row.started()).isEqualTo("Dec 6, 2026, 6:00\u202fAM");
        assertThat(row.deadNote()).isEmpty();
    }

    @Test
    void thisComputerIsMarkedAndItsUnknownFiguresAreDashes() {
        NodeRow row = NodeRow.of(node("desk", NodeStatus.ALIVE, true, null, 1, null, null, null, null, null), "desk", NOW,
                ZoneOffset.UTC);

        assertThat(row.self()).isTrue();
        assertThat(row.running()).isEqualTo("1");
        assertThat(row.cpu()).isEqualTo("—");
        assertThat(row.memory()).isEqualTo("—");
    }

    @Test
    void aNodeThatRunsNoTasksSaysSo() {
        assertThat(NodeRow.of(node("desk", NodeStatus.ALIVE, false, null, 0, null, null, null, null, null), "x", NOW,
                ZoneOffset.UTC).running()).isEqualTo("runs no tasks");
    }

    @Test
    void aDeadNodeSaysWhoDeclaredItDeadAndWhen() {
        NodeRow row = NodeRow.of(node("build-2", NodeStatus.DEAD, true, null, 0, 0.1, 1L, 2L, NOW.minusSeconds(125), "build-1"),
                "desk", NOW, ZoneOffset.UTC);

        assertThat(row.deadNote()).isEqualTo("declared dead by build-1 2 min ago (Dec 6, 2026, 6:57\u202fAM)");
    }

    @Test
    void agesReadInTheLargestWholeUnit() {
        assertThat(NodeRow.ago(NOW.plusSeconds(1), NOW)).isEqualTo("just now");
        assertThat(NodeRow.ago(NOW.minusSeconds(59), NOW)).isEqualTo("59 s ago");
        assertThat(NodeRow.ago(NOW.minusSeconds(7200), NOW)).isEqualTo("2 h ago");
        assertThat(NodeRow.ago(NOW.minusSeconds(3 * 86_400), NOW)).isEqualTo("3 d ago");
    }
}
