package io.kumo.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The short line under a section that says what its last action did ("Saved"), and whether it went well. */
public final class StatusLine {

    /** How the line reads. */
    public enum Tone { NEUTRAL, GOOD, BAD }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);

    public void info(String message) {
        set(Tone.NEUTRAL, message);
    }

    public void good(String message) {
        set(Tone.GOOD, message);
    }

    public void bad(String message) {
        set(Tone.BAD, message);
    }

    public void clear() {
        set(Tone.NEUTRAL, "");
    }

    private void set(Tone newTone, String message) {
        tone.set(newTone);
        text.set(message);
    }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Tone> toneProperty() { return tone.getReadOnlyProperty(); }
}
