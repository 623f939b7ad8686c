package io.kumo.ui.shell;

import io.kumo.common.AppInfo;
import io.kumo.common.Observable;
import io.kumo.engine.EngineState;
import io.kumo.engine.EngineStatus;
import io.kumo.ui.common.FxBindings;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The texts of the status bar: scheduler state, runs in progress, data directory and version. */
public final class StatusBarViewModel implements AutoCloseable {

    private final ReadOnlyStringWrapper schedulerText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper runningText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataDirectoryText;
    private final ReadOnlyStringWrapper versionText;
    private final List<Observable.Pin> pins;

    public StatusBarViewModel(EngineStatus status, String dataDirectory, AppInfo appInfo) {
        this.dataDirectoryText = new ReadOnlyStringWrapper(dataDirectory);
        this.versionText = new ReadOnlyStringWrapper(appInfo.name() + " " + appInfo.version());
        this.pins = List.of(
                FxBindings.bind(status.state(), schedulerText, StatusBarViewModel::describe),
                FxBindings.bind(status.runningRuns(), runningText, StatusBarViewModel::describeRunning));
    }

    static String describe(EngineState state) {
        return "Scheduler " + state.name().toLowerCase(Locale.ROOT);
    }

    static String describeRunning(int running) {
        return switch (running) {
            case 0 -> "No runs in progress";
            case 1 -> "1 run in progress";
            default -> running + " runs in progress";
        };
    }

    public ReadOnlyStringProperty schedulerTextProperty() { return schedulerText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty runningTextProperty() { return runningText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dataDirectoryTextProperty() { return dataDirectoryText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty versionTextProperty() { return versionText.getReadOnlyProperty(); }

    @Override
    public void close() {
        pins.forEach(Observable.Pin::close);
    }
}
