package io.kumo.ui.insights.trends;

import io.kumo.ui.common.DisplayTime;
import io.kumo.insights.trends.RunFigures;
import io.kumo.insights.trends.TaskInsights;
import io.kumo.insights.trends.VersionSegment;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The runs of each saved version of the task's script, newest first; a version that made it slower is marked. */
final class SegmentTable extends TableView<VersionSegment> {

    private ZoneId zone = ZoneId.systemDefault();

    SegmentTable() {
        setId("trends-segments");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefHeight(200);
        TableColumn<VersionSegment, String> saved = column("Version saved", segment -> segment.since() == null
                ? "before the first kept save" : DisplayTime.in(zone).dateTimeMinutes(segment.since()));
        saved.setMinWidth(190);
        getColumns().add(saved);
        getColumns().add(column("Runs", segment -> Long.toString(segment.figures().runs())));
        getColumns().add(column("p50", segment -> seconds(segment.figures().p50Millis())));
        getColumns().add(column("p95", segment -> seconds(segment.figures().p95Millis())));
        getColumns().add(column("Success", segment -> rate(segment.figures())));
        getColumns().add(column("Mean CPU", segment -> segment.figures().meanCpuSeconds() < 0 ? "—"
                : String.format(Locale.ROOT, "%.1f s", segment.figures().meanCpuSeconds())));
        getColumns().add(column("", segment -> segment.slower() ? "Slower since this edit" : ""));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(VersionSegment segment, boolean empty) {
                super.updateItem(segment, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !empty && segment != null && segment.slower());
                getStyleClass().remove("slower-segment");
                if (!empty && segment != null && segment.slower()) {
                    getStyleClass().add("slower-segment");
                }
            }
        });
    }

    void show(TaskInsights insights) {
        if (insights == null) {
            getItems().clear();
            return;
        }
        zone = insights.zone();
        setPlaceholder(new javafx.scene.control.Label(insights.script() == null
                ? "The task's command names no script of its project: no versions to compare."
                : "No saved versions of " + insights.script() + " with runs in this window."));
        getItems().setAll(insights.segments().reversed());
    }

    private static TableColumn<VersionSegment, String> column(String title, Function<VersionSegment, String> text) {
        TableColumn<VersionSegment, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String seconds(long millis) {
        return millis < 0 ? "—" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String rate(RunFigures figures) {
        return figures.successRate() < 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", figures.successRate() * 100);
    }

    List<VersionSegment> shown() {
        return List.copyOf(getItems());
    }
}
