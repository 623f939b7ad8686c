package io.kumo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The centred icon, title and explanation a pane shows when it has nothing to list. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String message) {
        FontIcon image = FontIcon.of(icon, 48);
        image.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(message);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setStyle("-fx-text-alignment: center;");
        getChildren().addAll(image, heading, text);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
    }
}
