package io.kumo.cluster;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The saved connection to a cluster ({@code <data>/connection.properties}): written by Settings → Connection, read at
 * every start. Created owner-only (0600), written atomically.
 */
public final class ConnectionFile {

    private final Path file;

    public ConnectionFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The saved connection; empty when there is none (this machine works on its embedded database). */
    public Optional<ConnectionSettings> load() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Saves {@code settings}, replacing what was saved. */
    public void save(ConnectionSettings settings) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Forgets the connection: the next start works on the embedded database again. */
    public void clear() {
        throw new UnsupportedOperationException("not built yet");
    }
}
