package io.kumo.ui.shell;

import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The panes of the main window, in sidebar order, each with its Ctrl+key shortcut (a digit, or a letter). */
public enum NavigationItem {
    DASHBOARD("Dashboard", Feather.HOME, 1),
    TASKS("Tasks", Feather.CLOCK, 2),
    WORKFLOWS("Workflows", Feather.GIT_MERGE, 3),
    PROJECTS("Projects", Feather.FOLDER, 4),
    ENVIRONMENTS("Environments", Feather.BOX, 5),
    LOGS("Logs", Feather.FILE_TEXT, 6),
    INSIGHTS("Insights", Feather.TRENDING_UP, KeyCode.I),
    // Ctrl+0: the panes before cluster mode kept their digits
    NODES("Nodes", Feather.SHARE_2, 0),
    ALERTS("Alerts", Feather.BELL, 7),
    AUDIT("Audit", Feather.SHIELD, 8),
    SETTINGS("Settings", Feather.SETTINGS, 9);

    private final String title;
    private final Ikon icon;
    private final KeyCode shortcutKey;

    NavigationItem(String title, Ikon icon, int shortcutDigit) {
        this(title, icon, KeyCode.valueOf("DIGIT" + shortcutDigit));
    }

    NavigationItem(String title, Ikon icon, KeyCode shortcutKey) {
        this.title = title;
        this.icon = icon;
        this.shortcutKey = shortcutKey;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The key of its keyboard shortcut (Ctrl+key). */
    public KeyCode shortcutKey() {
        return shortcutKey;
    }

    /** Id of the pane's root node, for tests and styling: {@code pane-tasks}. */
    public String paneId() {
        return "pane-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
