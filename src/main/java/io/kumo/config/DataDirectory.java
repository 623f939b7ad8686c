package io.kumo.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder that holds everything Kumo keeps: database, logs, projects, environments, backups, trash. */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path database() {
        return root.resolve("db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path runLogs() {
        return logs().resolve("runs");
    }

    /** Output of environment creation and package installs, one file per operation. */
    public Path installLogs() {
        return logs().resolve("install");
    }

    public Path projects() {
        return root.resolve("projects");
    }

    /** Earlier versions of the files saved in the editor. */
    public Path history() {
        return root.resolve("history");
    }

    public Path environments() {
        return root.resolve("environments");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path trash() {
        return root.resolve("trash");
    }

    /** The key that seals secret variables; never in the database nor in backups. */
    public Path secretKeyFile() {
        return root.resolve("secret.key");
    }

    public Path lockFile() {
        return root.resolve("kumo.lock");
    }

    public Path uiStateFile() {
        return root.resolve("window.properties");
    }

    /** Creates the folder layout; a clear message when the location is not usable. */
    public DataDirectory ensureLayout() {
        for (Path dir : new Path[] {root, database(), logs(), runLogs(), installLogs(), projects(), history(), environments(), backups(), trash()}) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create data folder " + dir + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isWritable(root)) {
            throw new UncheckedIOException(new IOException("Data directory " + root + " is not writable"));
        }
        return this;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
