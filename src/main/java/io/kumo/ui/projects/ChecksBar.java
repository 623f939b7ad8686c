package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.code.check.AvailableTools;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the last check, format or install said when it went wrong, above the code; with "Install ruff" while the
 * project's environment has no formatter. Hidden while there is nothing to say.
 */
final class ChecksBar extends HBox {

    ChecksBar(EditorChecksModel checks) {
        Label message = new Label();
        message.setId("editor-checks-message");
        message.textProperty().bind(checks.messageProperty());
        message.setWrapText(true);
        message.setGraphic(FontIcon.of(Feather.ALERT_CIRCLE));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button install = new Button("Install ruff", FontIcon.of(Feather.DOWNLOAD));
        install.setId("editor-install-ruff");
        install.getStyleClass().add(Styles.SMALL);
        install.disableProperty().bind(checks.installingProperty());
        install.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            AvailableTools found = checks.availableProperty().get();
            return found != null && !found.canFormat();
        }, checks.availableProperty()));
        install.managedProperty().bind(install.visibleProperty());
        install.setOnAction(event -> checks.installRuff());
        Button dismiss = new Button(null, FontIcon.of(Feather.X));
        dismiss.setId("editor-checks-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(event -> checks.messageProperty().set(null));
        getChildren().addAll(message, install, dismiss);
        getStyleClass().addAll("editor-notice", "editor-notice-warning");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(6, 10, 6, 10));
        visibleProperty().bind(checks.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
