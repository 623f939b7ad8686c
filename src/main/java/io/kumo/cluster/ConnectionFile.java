package io.kumo.cluster;

import io.kumo.common.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The saved connection to a cluster ({@code <data>/connection.properties}): written by Settings → Connection, read at
 * every start. Created owner-only (0600), written atomically (a temporary file in the same folder, then a move), so a
 * crash leaves the old file or the new one, never half of one. The password is stored as given, in clear, as
 * {@code ~/.pgpass} keeps it: the file's mode is what protects it.
 */
public final class ConnectionFile {

    static final String URL = "url";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String NODE = "node";
    static final String LABELS = "labels";
    static final String RUNS_TASKS = "runs_tasks";

    private final Path file;

    public ConnectionFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /**
     * The saved connection; empty when there is none (this machine works on its embedded database).
     *
     * @throws ValidationException naming the file when it holds no URL or a bad label
     */
    public Optional<ConnectionSettings> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the saved connection " + file + ": " + e.getMessage(), e);
        }
        String url = blankToNull(properties.getProperty(URL));
        if (url == null) {
            throw new ValidationException(file + ": no url; save the connection again or delete the file");
        }
        try {
            return Optional.of(new ConnectionSettings(url, blankToNull(properties.getProperty(USER)),
                    emptyToNull(properties.getProperty(PASSWORD)), blankToNull(properties.getProperty(NODE)),
                    NodeLabels.parse(properties.getProperty(LABELS)),
                    !"false".equalsIgnoreCase(properties.getProperty(RUNS_TASKS, "true").strip())));
        } catch (ValidationException e) {
            throw new ValidationException(file + ": " + e.getMessage());
        }
    }

    /** Saves {@code settings}, replacing what was saved. */
    public void save(ConnectionSettings settings) {
        Properties properties = new Properties();
        properties.setProperty(URL, settings.url());
        put(properties, USER, settings.user());
        put(properties, PASSWORD, settings.password());
        put(properties, NODE, settings.nodeName());
        put(properties, LABELS, NodeLabels.format(settings.labels()));
        properties.setProperty(RUNS_TASKS, Boolean.toString(settings.runsTasks()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Kumo's connection to its cluster (Settings > Connection); owner-only");
            writeAtomically(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the connection in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the connection: the next start works on the embedded database again. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the saved connection " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeAtomically(byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // created 0600 from the start: the password is never readable by others, not even for an instant
        Path temporary = Files.createTempFile(folder, ".connection", ".tmp", ownerOnly());
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0]; // Windows: a temporary file inherits the data directory's owner-only ACL
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    /** A password is kept as typed, spaces included. */
    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
