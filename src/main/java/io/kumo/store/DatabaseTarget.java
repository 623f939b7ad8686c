package io.kumo.store;

import io.kumo.common.ValidationException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which database Kumo works on: the embedded H2 file in the data directory (one machine), or a PostgreSQL server that
 * several nodes share (cluster mode). Never prints a password.
 */
public sealed interface DatabaseTarget {

    /** The embedded H2 database in {@code folder} (the data directory's {@code db} folder). */
    record Embedded(Path folder) implements DatabaseTarget {
        public Embedded {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public String describe() {
            return "embedded H2 database in " + folder;
        }
    }

    /** A PostgreSQL server; {@code user} and {@code password} may be null when the URL carries them. */
    record Server(String url, String user, String password) implements DatabaseTarget {
        public Server {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public boolean shared() {
            return true;
        }

        /** The URL without any password parameter, and the user. */
        @Override
        public String describe() {
            String shown = url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
            return shown + (user == null || user.isBlank() ? "" : " (user " + user + ")");
        }

        @Override
        public String toString() {
            return "Server[" + describe() + "]";
        }
    }

    /** Whether other Kumo nodes may share this database (cluster mode). */
    boolean shared();

    /** For messages and logs: where the data lives, never the password. */
    String describe();

    /**
     * A PostgreSQL target from what the user gave ({@code --db-url}, {@code KUMO_DB_URL}, Settings → Connection).
     *
     * @throws ValidationException naming what is wrong: not a {@code jdbc:postgresql://} URL, blank
     */
    static Server server(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("the database URL is empty: give jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        String trimmed = url.strip();
        if (!trimmed.startsWith("jdbc:postgresql://")) {
            throw new ValidationException("unsupported database URL '" + trimmed.replaceAll("(?i)(password=)[^&]*", "$1***")
                    + "': Kumo shares PostgreSQL only (jdbc:postgresql://HOST[:PORT]/DATABASE)");
        }
        return new Server(trimmed, blankToNull(user), blankToNull(password));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
