package io.kumo.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import io.kumo.cluster.service.NodeDirectory;
import io.kumo.ui.common.SameThreadBackground;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Nodes pane's rows, the one-machine hint, a failed read and the selection kept across reads. */
class NodesViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    /** A directory whose nodes the test sets, as a cluster's table changes between reads. */
    private static final class Nodes implements NodeDirectory {
        final List<NodeInfo> nodes = new ArrayList<>();
        RuntimeException failure;

        @Override
        public List<NodeInfo> nodes() {
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(nodes);
        }

        @Override
        public String self() {
            return "desk";
        }
    }

    private static NodeInfo node(String name, NodeStatus status) {
        return new NodeInfo(name, status, Set.of(), true, null, "h", 1L, "1.0", NOW, NOW, 0, null, null, null, List.of(),
                null, null);
    }

    private final Nodes directory = new Nodes();

    private NodesViewModel model(boolean clustered) {
        return new NodesViewModel(new NodesServices(directory, clustered, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC),
                new SameThreadBackground());
    }

    @Test
    void oneMachineListsItselfWithTheWayToACluster() {
        directory.nodes.add(node("desk", NodeStatus.ALIVE));
        NodesViewModel model = model(false);

        model.refresh();

        assertThat(model.rows()).extracting(NodeRow::name).containsExactly("desk");
        assertThat(model.rows().getFirst().self()).isTrue();
        assertThat(model.hint()).isEqualTo("One machine. Connect to a cluster in Settings → Connection.");
        assertThat(model.summaryProperty().get()).isEqualTo("1 node, 1 alive");
    }

    @Test
    void aClusterHasNoHintAndCountsTheLiving() {
        directory.nodes.addAll(List.of(node("a", NodeStatus.ALIVE), node("b", NodeStatus.DEAD), node("c", NodeStatus.LEFT)));
        NodesViewModel model = model(true);

        model.refresh();

        assertThat(model.hint()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("3 nodes, 1 alive");
    }

    @Test
    void aFailedReadIsSaidAndTheLastRowsStay() {
        directory.nodes.add(node("a", NodeStatus.ALIVE));
        NodesViewModel model = model(true);
        model.refresh();

        directory.failure = new IllegalStateException("the database is unreachable");
        model.refresh();

        assertThat(model.problemProperty().get()).isEqualTo("Could not read the nodes: the database is unreachable");
        assertThat(model.rows()).hasSize(1);
        directory.failure = null;
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void theSelectedNodeStaysSelectedAcrossReads() {
        directory.nodes.addAll(List.of(node("a", NodeStatus.ALIVE), node("b", NodeStatus.ALIVE)));
        NodesViewModel model = model(true);
        model.refresh();
        model.select(model.rows().get(1));

        directory.nodes.set(1, node("b", NodeStatus.DEAD));
        model.refresh();

        assertThat(model.selectedProperty().get().name()).isEqualTo("b");
        assertThat(model.selectedProperty().get().status()).isEqualTo(NodeStatus.DEAD);
    }
}
