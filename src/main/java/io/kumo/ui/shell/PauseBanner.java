package io.kumo.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A warning message across the top of the panes while all scheduling is paused, with a Resume button (an AtlantaFX
 * Message has no action slot, so the button sits over its right end); bound to {@link PauseBannerViewModel}, no
 * space taken when hidden.
 */
public final class PauseBanner extends StackPane {

    public PauseBanner(PauseBannerViewModel model) {
        Message message = new Message(model.title(), "", FontIcon.of(Feather.PAUSE_CIRCLE, 20));
        message.getStyleClass().add(Styles.WARNING);
        message.descriptionProperty().bind(model.detailProperty());
        Button resume = new Button("Resume", FontIcon.of(Feather.PLAY, 14));
        resume.setId("pause-banner-resume");
        resume.getStyleClass().add(Styles.WARNING);
        resume.disableProperty().bind(model.resumingProperty());
        resume.setOnAction(event -> model.resume());
        StackPane.setAlignment(resume, Pos.CENTER_RIGHT);
        StackPane.setMargin(resume, new Insets(0, 16, 0, 0));
        getChildren().addAll(message, resume);
        setId("pause-banner");
        getStyleClass().add("pause-banner");
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
    }
}
