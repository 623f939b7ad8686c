package io.kumo.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The panes of the main window, in sidebar order, each with its Ctrl+digit shortcut. */
public enum NavigationItem {
    DASHBOARD("Dashboard", Feather.HOME, 1),
    TASKS("Tasks", Feather.CLOCK, 2),
    WORKFLOWS("Workflows", Feather.GIT_MERGE, 3),
    PROJECTS("Projects", Feather.FOLDER, 4),
    ENVIRONMENTS("Environments", Feather.BOX, 5),
    LOGS("Logs", Feather.FILE_TEXT, 6),
    // Ctrl+0: the panes before cluster mode kept their digits
    NODES("Nodes", Feather.SHARE_2, 0),
    ALERTS("Alerts", Feather.BELL, 7),
    AUDIT("Audit", Feather.SHIELD, 8),
    SETTINGS("Settings", Feather.SETTINGS, 9);

    private final String title;
    private final Ikon icon;
    private final int shortcutDigit;

    NavigationItem(String title, Ikon icon, int shortcutDigit) {
        this.title = title;
        this.icon = icon;
        this.shortcutDigit = shortcutDigit;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The digit of its keyboard shortcut (Ctrl+digit). */
    public int shortcutDigit() {
        return shortcutDigit;
    }

    /** Id of the pane's root node, for tests and styling: {@code pane-tasks}. */
    public String paneId() {
        return "pane-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
