package io.kumo.ui.insights;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/** A tab whose part is being built (replaced by its real tab before the issue is done). */
public final class PendingTab implements InsightsTab {

    private final Tab tab;

    public PendingTab(String title) {
        tab = new Tab(title, new Label(title));
    }

    @Override
    public Tab tab() {
        return tab;
    }
}
