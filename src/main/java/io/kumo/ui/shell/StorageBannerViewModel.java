package io.kumo.ui.shell;

import io.kumo.common.Observable;
import io.kumo.storage.DiskFullException;
import io.kumo.storage.StorageHealth;
import io.kumo.storage.StorageState;
import io.kumo.ui.common.FxBindings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The banner over the panes while the disk holding the data directory is full: shown and dropped by the storage state. */
public final class StorageBannerViewModel implements AutoCloseable {

    static final String DETAIL = "Scheduled runs are not started and changes cannot be saved. Runs in progress go on; "
            + "their results are saved once there is space. Kumo checks every few seconds, records the runs it missed, "
            + "and this message goes away by itself.";

    // One property for the state, so title and shown always change together (two bindings could show a title-less banner).
    private final ObjectProperty<StorageState> state;
    private final BooleanBinding shown;
    private final StringBinding title;
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(DETAIL);
    private final Observable.Pin pin;

    public StorageBannerViewModel(StorageHealth storage) {
        this.state = new SimpleObjectProperty<>(storage.state().get());
        this.shown = Bindings.createBooleanBinding(() -> state.get().full(), state);
        this.title = Bindings.createStringBinding(() -> title(storage, state.get()), state);
        this.pin = FxBindings.bind(storage.state(), state, current -> current);
    }

    private static String title(StorageHealth storage, StorageState state) {
        if (!state.full()) {
            return "";
        }
        String text = DiskFullException.describe(storage.dataRoot(), state.freeBytes());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public BooleanExpression shownProperty() { return shown; }
    public StringExpression titleProperty() { return title; }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }

    @Override
    public void close() {
        pin.close();
    }
}
