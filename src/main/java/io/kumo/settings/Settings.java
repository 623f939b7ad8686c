package io.kumo.settings;

/** The settings Kumo knows. */
public final class Settings {

    public static final SettingKey<Theme> THEME = SettingKey.choice("ui.theme", "Theme", Theme.LIGHT);

    private Settings() {
    }
}
