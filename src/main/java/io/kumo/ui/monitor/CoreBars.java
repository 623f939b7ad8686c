package io.kumo.ui.monitor;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;

/** A small bar per logical processor with its current use; the bars are reused while the core count stays. */
final class CoreBars extends TilePane {

    private final ObservableList<CoreLoad> cores;

    CoreBars(ObservableList<CoreLoad> cores) {
        this.cores = cores;
        setId("monitor-cores");
        getStyleClass().add("core-bars");
        setHgap(12);
        setVgap(4);
        setPrefColumns(4);
        setPrefTileWidth(150);
        setTileAlignment(Pos.CENTER_LEFT);
        cores.addListener((ListChangeListener<CoreLoad>) change -> show(List.copyOf(this.cores)));
    }

    private void show(List<CoreLoad> loads) {
        if (getChildren().size() != loads.size()) {
            getChildren().clear();
            for (CoreLoad load : loads) {
                getChildren().add(row(load.index()));
            }
        }
        for (int i = 0; i < loads.size(); i++) {
            HBox row = (HBox) getChildren().get(i);
            ((UsageBar) row.getChildren().get(1)).show(loads.get(i).percent() / 100);
            ((Label) row.getChildren().get(2)).setText(Units.percent(loads.get(i).percent()));
        }
    }

    private static HBox row(int index) {
        Label name = new Label("CPU " + (index + 1));
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        name.setMinWidth(48);
        UsageBar bar = new UsageBar();
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(60);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label value = new Label();
        value.getStyleClass().add(Styles.TEXT_SMALL);
        value.setMinWidth(40);
        value.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(6, name, bar, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
