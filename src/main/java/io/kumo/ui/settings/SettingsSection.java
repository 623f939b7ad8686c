package io.kumo.ui.settings;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The sections of the settings page, in page order. */
enum SettingsSection {
    APPEARANCE("General", Feather.SUN),
    SCHEDULING("Scheduling", Feather.CLOCK),
    LOGS("Logs & history", Feather.FILE_TEXT),
    PROJECTS("Projects", Feather.FOLDER),
    NETWORK("Network", Feather.GLOBE),
    LIMITS("Limits", Feather.SHIELD),
    API("REST API", Feather.SERVER),
    CONNECTION("Connection", Feather.DATABASE),
    VARIABLES("Global variables", Feather.KEY),
    BACKUPS("Backups", Feather.ARCHIVE),
    DATA_CHECK("Data check", Feather.CHECK_CIRCLE),
    DATA("Data & about", Feather.INFO);

    private final String title;
    private final Ikon icon;

    SettingsSection(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    String title() {
        return title;
    }

    Ikon icon() {
        return icon;
    }

    /** {@code data-check}: the suffix of the section's node ids. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
