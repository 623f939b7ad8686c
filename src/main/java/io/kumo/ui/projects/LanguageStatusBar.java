package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The language server's line under the editors: which server answers (or why none), Restart when it stopped,
 * the offer to install one into the project's environment, and the last action's message.
 */
final class LanguageStatusBar extends HBox {

    LanguageStatusBar(EditorLanguageModel model) {
        super(6);
        Label status = new Label();
        status.setId("language-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setGraphic(FontIcon.of(Feather.CPU));
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(USE_PREF_SIZE);
        status.setTooltip(new Tooltip("Python language server: completion (Ctrl+Space), docs on hover, go to definition (F12)"));

        Button restart = new Button("Restart");
        restart.setId("language-restart");
        restart.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        restart.setOnAction(event -> model.restart());
        restart.visibleProperty().bind(model.stoppedProperty());
        restart.managedProperty().bind(restart.visibleProperty());

        Button install = new Button();
        install.setId("language-install");
        install.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        install.textProperty().bind(Bindings.createStringBinding(() -> model.installTargetProperty().get() == null ? ""
                : "Install pyright into " + model.installTargetProperty().get().getName(), model.installTargetProperty()));
        install.setOnAction(event -> model.install());
        install.setMinWidth(USE_PREF_SIZE);
        install.visibleProperty().bind(model.installTargetProperty().isNotNull());
        install.managedProperty().bind(install.visibleProperty());
        install.disableProperty().bind(model.installingProperty());

        Label message = new Label();
        message.setId("language-message");
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(model.messageProperty());

        getChildren().addAll(status, restart, install, message);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(model.statusProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
