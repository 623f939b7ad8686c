package io.kumo.ui.tasks;

import io.kumo.crontab.CrontabEntry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A schedule line of the crontab being imported, and whether the user accepts it (never for a line in error). */
public final class CrontabRow {

    private final CrontabEntry entry;
    private final BooleanProperty accepted;

    CrontabRow(CrontabEntry entry) {
        this.entry = entry;
        this.accepted = new SimpleBooleanProperty(entry.importable());
    }

    public CrontabEntry entry() {
        return entry;
    }

    public boolean importable() {
        return entry.importable();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
