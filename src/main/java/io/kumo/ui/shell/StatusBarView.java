package io.kumo.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar along the bottom of the window. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel model) {
        Label scheduler = label("status-scheduler", Feather.ACTIVITY);
        scheduler.textProperty().bind(model.schedulerTextProperty());
        Label running = label("status-running", Feather.PLAY_CIRCLE);
        running.textProperty().bind(model.runningTextProperty());
        Label dataDirectory = label("status-data-dir", Feather.HARD_DRIVE);
        dataDirectory.textProperty().bind(model.dataDirectoryTextProperty());
        Label version = label("status-version", null);
        version.textProperty().bind(model.versionTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(scheduler, new Separator(Orientation.VERTICAL), running, spacer, dataDirectory,
                new Separator(Orientation.VERTICAL), version);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
    }

    private static Label label(String id, Feather icon) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        if (icon != null) {
            label.setGraphic(FontIcon.of(icon, 13));
        }
        return label;
    }
}
