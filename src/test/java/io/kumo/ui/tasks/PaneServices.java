package io.kumo.ui.tasks;

import io.kumo.app.KumoCore;

/** The Tasks pane's services over a real core, as the window passes them. */
final class PaneServices {

    private PaneServices() {
    }

    static TaskPaneServices of(KumoCore core) {
        return io.kumo.ui.Panes.taskServices(core);
    }
}
