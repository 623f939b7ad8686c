package io.kumo.ui.monitor;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Region;

/** Mounted file systems: mount point, a usage bar, and used of total. */
final class PartitionsView extends GridPane {

    PartitionsView(ObservableList<PartitionItem> partitions) {
        setId("monitor-partitions");
        getStyleClass().add("partitions");
        setHgap(12);
        setVgap(6);
        ColumnConstraints mount = new ColumnConstraints();
        mount.setMinWidth(60);
        mount.setPrefWidth(140);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(80);
        ColumnConstraints usage = new ColumnConstraints();
        usage.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(mount, bar, usage);
        partitions.addListener((ListChangeListener<PartitionItem>) change -> show(List.copyOf(partitions)));
        show(List.copyOf(partitions));
    }

    private void show(List<PartitionItem> items) {
        getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label("Waiting for the first sample…");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none, 0, 0, 3, 1);
            return;
        }
        for (int row = 0; row < items.size(); row++) {
            PartitionItem item = items.get(row);
            Label mount = new Label(item.mount());
            mount.getStyleClass().add("partition-mount");
            mount.setWrapText(true); // deep mount points wrap rather than hide their last folders
            mount.setMinHeight(Region.USE_PREF_SIZE);
            mount.setMaxWidth(Double.MAX_VALUE); // the whole column: a label at its own width can round its text away
            mount.setTooltip(new Tooltip(item.name()));
            UsageBar bar = new UsageBar();
            bar.show(item.usedFraction());
            Label usage = new Label(item.usage() + " · " + Units.percent(item.usedFraction() * 100));
            usage.getStyleClass().addAll(Styles.TEXT_MUTED, "partition-usage");
            usage.setAlignment(Pos.CENTER_RIGHT);
            addRow(row, mount, bar, usage);
        }
    }
}
