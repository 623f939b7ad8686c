package io.kumo.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.settings.Theme;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The current theme: applied to the whole app at once and saved as a setting whenever it changes. */
public final class ThemeModel {

    private final ObjectProperty<Theme> theme;

    public ThemeModel(Theme initial, SettingsService settings, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.theme = new SimpleObjectProperty<>(initial);
        apply(initial);
        theme.addListener((obs, old, chosen) -> {
            apply(chosen);
            background.run(() -> settings.set(Settings.THEME, chosen), onError);
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggle() {
        theme.set(theme.get().toggled());
    }

    private static void apply(Theme chosen) {
        Application.setUserAgentStylesheet(chosen == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
