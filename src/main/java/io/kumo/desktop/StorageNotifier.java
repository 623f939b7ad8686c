package io.kumo.desktop;

import io.kumo.common.Observable;
import io.kumo.storage.DiskFullException;
import io.kumo.storage.StorageHealth;
import io.kumo.storage.StorageState;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A desktop notification when the disk holding the data directory becomes full (once, not on every probe), and one
 * when space is back. Start with {@link #start()}, release with {@link #close()}.
 */
public final class StorageNotifier implements AutoCloseable {

    private final StorageHealth storage;
    private final Consumer<Notice> sink;
    private StorageState previous = StorageState.OK;
    private Observable.Pin pin;

    public StorageNotifier(StorageHealth storage, Consumer<Notice> sink) {
        this.storage = storage;
        this.sink = sink;
    }

    public synchronized void start() {
        if (pin == null) {
            pin = storage.state().observe(this::changed);
        }
    }

    private synchronized void changed(StorageState now) {
        decide(previous, now).ifPresent(sink);
        previous = now;
    }

    private Optional<Notice> decide(StorageState before, StorageState now) {
        if (now.full() && !before.full()) {
            return Optional.of(new Notice(Notice.Level.ERROR, "Kumo cannot save: the disk is full",
                    capitalized(DiskFullException.describe(storage.dataRoot(), now.freeBytes()))
                            + ". Scheduled runs are not started and changes are not saved; Kumo retries and records what it missed once there is space.",
                    0, 0));
        }
        if (!now.full() && before.full()) {
            return Optional.of(new Notice(Notice.Level.INFO, "Disk space is back",
                    "Kumo saves again; runs missed while the disk was full are recorded as missed.", 0, 0));
        }
        return Optional.empty();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public synchronized void close() {
        if (pin != null) {
            pin.close();
            pin = null;
        }
    }
}
