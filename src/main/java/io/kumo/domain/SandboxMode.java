package io.kumo.domain;

import java.util.Locale;

/** Where a run's process lives: as the user (NONE), in a Podman/Docker container, or in a bubblewrap sandbox (Linux). */
public enum SandboxMode {
    NONE, CONTAINER, BWRAP;

    /** The word the CLI and JSON use: none, container, bwrap. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SandboxMode fromWord(String word) {
        for (SandboxMode mode : values()) {
            if (mode.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("sandbox '" + word + "' is not one of none, container, bwrap");
    }
}
