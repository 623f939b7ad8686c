package io.kumo.ui.alerts;

import io.kumo.ui.common.BackgroundExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line "Alerts go to: ops-mail, team-slack" (or that no channel is told), read off the FX thread; the newest
 * request wins when the task's project or the selected workflow changes quickly.
 */
public final class AlertsHint {

    private final BackgroundExecutor background;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private long asked;

    public AlertsHint(BackgroundExecutor background) {
        this.background = background;
    }

    /** {@code what}: "task" or "workflow", as the empty case says it. */
    public void load(Callable<List<String>> channels, String what) {
        long mine = ++asked;
        background.run(channels, names -> {
            if (mine == asked) {
                text.set(sentence(names, what));
            }
        }, error -> {
            if (mine == asked) {
                text.set("");
            }
        });
    }

    public void clear() {
        asked++;
        text.set("");
    }

    static String sentence(List<String> names, String what) {
        return names.isEmpty() ? "No alert channel is told about this " + what + "'s failures"
                : "Alerts go to: " + String.join(", ", names);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
