package io.kumo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A chart that gives way to a centred line of text ("No runs yet") while it has nothing to draw, instead of showing
 * bare axes; the chart keeps its room, so the card does not jump when the first data arrives.
 */
public final class ChartPlaceholder extends StackPane {

    public ChartPlaceholder(Chart chart, String text, ObservableBooleanValue empty) {
        Label message = new Label(text);
        message.setId(chart.getId() + "-empty");
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "chart-placeholder");
        message.visibleProperty().bind(empty);
        chart.visibleProperty().bind(message.visibleProperty().not());
        getChildren().addAll(chart, message);
        setMinWidth(0);
    }

    /** For a chart whose series are replaced as a whole: the text shows while none of them has a point. */
    public static ChartPlaceholder whileNoPoints(XYChart<?, ?> chart, String text) {
        return new ChartPlaceholder(chart, text, Bindings.createBooleanBinding(
                () -> chart.getData().stream().allMatch(series -> series.getData().isEmpty()), chart.getData()));
    }
}
