package io.kumo.ui.dashboard;

import io.kumo.ui.common.BackgroundExecutor;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The dashboard's first-run guide: import a project, create an environment, add a task, each step done or to do as
 * the store says. Read in the background whenever the dashboard reloads; a read overtaken by a newer one is dropped.
 */
public final class FirstRunGuideModel {

    private final Callable<FirstRunState> facts;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<FirstRunState> state = new ReadOnlyObjectWrapper<>(FirstRunState.UNKNOWN);
    private long request;

    public FirstRunGuideModel(Callable<FirstRunState> facts, BackgroundExecutor background) {
        this.facts = facts;
        this.background = background;
    }

    public void reload() {
        long mine = ++request;
        background.run(facts, found -> {
            if (mine == request) {
                state.set(found);
            }
        }, error -> { }); // the dashboard reports its own read failures; the guide keeps what it showed
    }

    public ReadOnlyObjectProperty<FirstRunState> stateProperty() { return state.getReadOnlyProperty(); }
}
