package io.kumo.ui.shell;

import io.kumo.ui.common.PaneView;
import java.util.Optional;

/** Lets one pane send the user to another (the Tasks pane's "Runs" opens the Logs pane on that task). */
public final class Navigation {

    private MainView main;

    public void attach(MainView mainView) {
        this.main = mainView;
    }

    /** Shows the pane and returns it, when it is of the expected type. */
    public <T extends PaneView> Optional<T> open(NavigationItem item, Class<T> type) {
        if (main == null) {
            return Optional.empty();
        }
        return Optional.of(main.open(item)).filter(type::isInstance).map(type::cast);
    }
}
