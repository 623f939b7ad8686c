package io.kumo.ui.nodes;

import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.KeyedRows;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The Nodes pane's state: the cluster's nodes read every two seconds on the background executor while the pane is
 * shown (one read at a time), as rows in words; and on one machine, the hint that says how to join a cluster.
 */
public final class NodesViewModel {

    public static final Duration INTERVAL = Duration.seconds(2);
    static final String ONE_MACHINE = "One machine. Connect to a cluster in Settings → Connection.";

    private final NodesServices services;
    private final BackgroundExecutor background;
    private final KeyedRows<NodeRow> rows = new KeyedRows<>(NodeRow::name);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private Timeline timeline;

    public NodesViewModel(NodesServices services, BackgroundExecutor background) {
        this.services = services;
        this.background = background;
    }

    /** Reads now, then every {@link #INTERVAL} until {@link #deactivate()}. */
    public void activate() {
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(INTERVAL, event -> refresh()));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        refresh();
        timeline.play();
    }

    public void deactivate() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    /** Reads the nodes once, unless a read is still going on (a slow database must not pile reads up). */
    public void refresh() {
        if (!inFlight.compareAndSet(false, true)) {
            return;
        }
        background.run(this::read, read -> {
            inFlight.set(false);
            problem.set("");
            rows.show(read, null);
            summary.set(summary(read));
        }, error -> {
            inFlight.set(false);
            problem.set("Could not read the nodes: " + (error.getMessage() == null ? error : error.getMessage()));
        });
    }

    private List<NodeRow> read() {
        String self = services.directory().self();
        Instant now = services.clock().instant();
        return services.directory().nodes().stream().map(node -> NodeRow.of(node, self, now, services.zone())).toList();
    }

    private static String summary(List<NodeRow> read) {
        long alive = read.stream().filter(row -> row.status() == io.kumo.cluster.NodeStatus.ALIVE).count();
        return read.size() + (read.size() == 1 ? " node" : " nodes") + ", " + alive + " alive";
    }

    public ObservableList<NodeRow> rows() { return rows.rows(); }
    /** The row the user picked, kept across reads. */
    public ReadOnlyObjectProperty<NodeRow> selectedProperty() { return rows.selectedProperty(); }
    public void select(NodeRow row) { rows.select(row); }
    /** On one machine, the way to a cluster; empty in a cluster. */
    public String hint() { return services.clustered() ? "" : ONE_MACHINE; }
    /** Why the last read failed; empty after a good one. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** "3 nodes, 2 alive". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
