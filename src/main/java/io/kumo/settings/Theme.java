package io.kumo.settings;

/** The look the user chose. */
public enum Theme {
    LIGHT, DARK;

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
