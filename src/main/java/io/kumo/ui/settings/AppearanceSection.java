package io.kumo.ui.settings;

import io.kumo.settings.Theme;
import io.kumo.ui.shell.ThemeModel;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The theme (applied at once through the theme model, which saves it) and start minimized (saved when ticked). While
 * shown, the radio buttons follow the sidebar's theme toggle.
 */
final class AppearanceSection extends VBox {

    private final ThemeModel theme;
    private final ToggleGroup group = new ToggleGroup();
    private final RadioButton light = new RadioButton("Light");
    private final RadioButton dark = new RadioButton("Dark");
    private final ChangeListener<Theme> follow = (obs, old, chosen) -> select(chosen);

    AppearanceSection(ThemeModel theme, GeneralSettingsModel model) {
        this.theme = theme;
        light.setId("theme-light");
        light.setToggleGroup(group);
        light.setOnAction(event -> theme.themeProperty().set(Theme.LIGHT));
        dark.setId("theme-dark");
        dark.setToggleGroup(group);
        dark.setOnAction(event -> theme.themeProperty().set(Theme.DARK));
        HBox themes = new HBox(16, Forms.caption("Theme"), light, dark);
        themes.setAlignment(Pos.CENTER_LEFT);

        CheckBox minimized = new CheckBox("Start minimized");
        minimized.setId("settings-start-minimized");
        minimized.selectedProperty().bindBidirectional(model.startMinimizedProperty());
        HBox startup = new HBox(12, minimized, Forms.muted("Kumo keeps scheduling while its window is minimized."),
                Forms.status("settings-status-appearance", model.appearanceStatus()));
        startup.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(themes, startup);
        getStyleClass().add("settings-section");
        setSpacing(10);
    }

    void activate() {
        select(theme.themeProperty().get());
        theme.themeProperty().addListener(follow);
    }

    void deactivate() {
        theme.themeProperty().removeListener(follow);
    }

    private void select(Theme chosen) {
        group.selectToggle(chosen == Theme.DARK ? dark : light);
    }
}
