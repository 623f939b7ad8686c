package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.ui.monitor.UsageBar;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One figure of the dashboard: caption, a large value and a muted detail line, optionally a usage bar. The value label
 * carries the card's id (and the style class {@code card-value}), so tests and styles find it directly.
 */
final class StatCard extends VBox {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    private final Label value = new Label();
    private final Label detail = new Label();

    StatCard(String id, String caption, Ikon icon) {
        Label title = new Label(caption, FontIcon.of(icon, 16));
        title.getStyleClass().addAll(Styles.TEXT_MUTED, "card-caption");
        value.setId(id);
        value.getStyleClass().addAll(Styles.TITLE_2, "card-value");
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "card-detail");
        getChildren().addAll(title, value, detail);
        getStyleClass().addAll("kumo-card", "stat-card");
        setPadding(new Insets(12, 16, 12, 16));
        setSpacing(4);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
    }

    StatCard value(ObservableValue<String> text) {
        value.textProperty().bind(text);
        return this;
    }

    StatCard detail(ObservableValue<String> text) {
        detail.textProperty().bind(text);
        return this;
    }

    /** A bar under the detail showing a fraction in [0, 1] (negative hides it: nothing measured yet). */
    StatCard usage(ObservableValue<Number> fraction) {
        UsageBar bar = new UsageBar();
        bar.getStyleClass().add(Styles.SMALL);
        fraction.subscribe(now -> {
            bar.setVisible(now.doubleValue() >= 0);
            bar.show(now.doubleValue());
        });
        getChildren().add(bar);
        return this;
    }

    /** Marks the value in the danger colour while {@code condition} holds (failures today, say). */
    StatCard alertWhen(ObservableValue<Boolean> condition) {
        condition.subscribe(now -> value.pseudoClassStateChanged(ALERT, Boolean.TRUE.equals(now)));
        return this;
    }
}
