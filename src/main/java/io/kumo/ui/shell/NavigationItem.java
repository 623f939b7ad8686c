package io.kumo.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The panes of the main window, in sidebar order; Ctrl+1..Ctrl+9 follow this order. */
public enum NavigationItem {
    DASHBOARD("Dashboard", Feather.HOME),
    TASKS("Tasks", Feather.CLOCK),
    WORKFLOWS("Workflows", Feather.GIT_MERGE),
    PROJECTS("Projects", Feather.FOLDER),
    ENVIRONMENTS("Environments", Feather.BOX),
    LOGS("Logs", Feather.FILE_TEXT),
    ALERTS("Alerts", Feather.BELL),
    AUDIT("Audit", Feather.SHIELD),
    SETTINGS("Settings", Feather.SETTINGS);

    private final String title;
    private final Ikon icon;

    NavigationItem(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** 1-based digit of its keyboard shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    /** Id of the pane's root node, for tests and styling: {@code pane-tasks}. */
    public String paneId() {
        return "pane-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
