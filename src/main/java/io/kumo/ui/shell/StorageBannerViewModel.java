package io.kumo.ui.shell;

import io.kumo.common.Observable;
import io.kumo.store.DiskFullException;
import io.kumo.store.StorageHealth;
import io.kumo.store.StorageState;
import io.kumo.ui.common.FxBindings;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The banner over the panes while the disk holding the data directory is full: shown and dropped by the storage state. */
public final class StorageBannerViewModel implements AutoCloseable {

    static final String DETAIL = "Scheduled runs are not started and changes cannot be saved. Runs in progress go on; "
            + "their results are saved once there is space. Kumo checks every few seconds, records the runs it missed, "
            + "and this message goes away by itself.";

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(DETAIL);
    private final List<Observable.Pin> pins;

    public StorageBannerViewModel(StorageHealth storage) {
        this.pins = List.of(
                FxBindings.bind(storage.state(), shown, StorageState::full),
                FxBindings.bind(storage.state(), title, state -> title(storage, state)));
    }

    private static String title(StorageHealth storage, StorageState state) {
        if (!state.full()) {
            return "";
        }
        String text = DiskFullException.describe(storage.dataRoot(), state.freeBytes());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }

    @Override
    public void close() {
        pins.forEach(Observable.Pin::close);
    }
}
