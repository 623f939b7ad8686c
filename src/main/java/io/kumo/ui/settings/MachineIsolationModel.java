package io.kumo.ui.settings;

import io.kumo.domain.SandboxMode;
import io.kumo.isolation.IsolationStatus;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What this machine offers for confining runs, probed in the background when the pane is shown. */
public final class MachineIsolationModel {

    private final Supplier<IsolationStatus> status;
    private final BackgroundExecutor background;
    private final ReadOnlyStringWrapper limits = new ReadOnlyStringWrapper("Limits on this machine: checking…");
    private final ReadOnlyStringWrapper sandboxes = new ReadOnlyStringWrapper("");

    public MachineIsolationModel(Supplier<IsolationStatus> status, BackgroundExecutor background) {
        this.status = status;
        this.background = background;
    }

    public void load() {
        background.run(status::get, found -> {
            limits.set("Limits on this machine: " + found.limitMechanism());
            sandboxes.set("Sandbox bubblewrap: " + found.availability(SandboxMode.BWRAP) + " · container: "
                    + found.availability(SandboxMode.CONTAINER));
        }, error -> limits.set("Limits on this machine: could not be checked (" + error.getMessage() + ")"));
    }

    public ReadOnlyStringProperty limitsProperty() { return limits.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sandboxesProperty() { return sandboxes.getReadOnlyProperty(); }
}
