package io.kumo.ui.settings;

import io.kumo.settings.SettingKey;
import io.kumo.settings.Settings;
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
        CheckBox login = flag("settings-start-at-login", "Start Kumo when I log in (minimized)", model, Settings.START_AT_LOGIN);
        CheckBox tray = flag("settings-close-to-tray", "Closing the window keeps Kumo running in the tray", model, Settings.CLOSE_TO_TRAY);
        CheckBox failures = flag("settings-notify-failure", "Notify me when a run fails or times out", model, Settings.NOTIFY_ON_FAILURE);
        CheckBox recoveries = flag("settings-notify-recovery", "Notify me when a failing task succeeds again", model,
                Settings.NOTIFY_ON_RECOVERY);
        CheckBox formatOnSave = flag("settings-format-on-save",
                "Format Python files when saving them (ruff or black from the project's environment)", model, Settings.FORMAT_ON_SAVE);
        getChildren().addAll(themes, startup, login, tray, failures, recoveries, formatOnSave,
                Forms.muted("Notifications can also be turned off per task, in the task editor."));
        getStyleClass().add("settings-section");
        setSpacing(10);
    }

    private static CheckBox flag(String id, String text, GeneralSettingsModel model, SettingKey<Boolean> key) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(model.flag(key));
        return box;
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
