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

    private final NewestWins requests;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public AlertsHint(BackgroundExecutor background) {
        this.requests = new NewestWins(background);
    }

    /** {@code what}: "task" or "workflow", as the empty case says it. */
    public void load(Callable<List<String>> channels, String what) {
        requests.run(channels, names -> text.set(sentence(names, what)), error -> text.set(""));
    }

    public void clear() {
        requests.cancel();
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
