package io.kumo.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** The folder that holds everything Kumo keeps: database, logs, projects, environments, backups, trash. */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The user's own editor snippets (a JSON array; see the README's editor section). */
    public Path userSnippets() {
        return root.resolve("snippets.json");
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

    /** Each workflow run's step output files ({@code $KUMO_OUTPUT}), a folder per run: {@code workflow-runs/<run id>}. */
    public Path workflowOutputs() {
        return root.resolve("workflow-runs");
    }

    /** The JSON bodies of webhook triggers, one file per request, read by the runs they started (KUMO_PAYLOAD). */
    public Path payloads() {
        return root.resolve("payloads");
    }

    /** Old runs and their logs archived per month ({@code runs-yyyy-MM.kar}) instead of deleted. */
    public Path archive() {
        return root.resolve("archive");
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

    /** The saved connection to a cluster's PostgreSQL (Settings → Connection); absent on one machine alone. */
    public Path connectionFile() {
        return root.resolve("connection.properties");
    }

    /** Run logs of other nodes' runs, fetched from the database to be read here (cluster mode). */
    public Path remoteRunLogs() {
        return root.resolve("logs").resolve("remote");
    }

    public Path uiStateFile() {
        return root.resolve("window.properties");
    }

    /** Marks a data directory whose whole tree has been made owner-only once ({@link #repairPermissionsOnce}). */
    Path permissionsMarker() {
        return root.resolve(".owner-only");
    }

    /**
     * Creates the folder layout owner-only, and tightens the folders and the files directly in the data directory
     * (a few system calls): with the data directory itself 0700, nothing below it is reachable by other users, so
     * the deeper walk of {@link #repairPermissionsOnce} need not hold up the start. A clear message when the location
     * is not usable.
     */
    public DataDirectory ensureLayout() {
        for (Path dir : new Path[] {root, database(), logs(), runLogs(), installLogs(), projects(), history(), environments(), backups(), trash(), payloads()}) {
            try {
                OwnerOnly.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create data folder " + dir + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isWritable(root)) {
            throw new UncheckedIOException(new IOException("Data directory " + root + " is not writable"));
        }
        tightenEntries(root);
        return this;
    }

    /** Tightens what lies directly in the folder (H2's files in {@code db/} after it opened them, say). */
    public void tightenEntries(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                OwnerOnly.tighten(entry);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(DataDirectory.class).warn("Could not restrict {} to its owner: {}", folder, e.getMessage());
        }
    }

    /**
     * Walks the whole tree once and tightens what an older Kumo (or a tool with a loose umask) left readable by
     * others; later starts find the marker and skip the walk. Meant for a background thread.
     */
    public PermissionRepair.Result repairPermissionsOnce() {
        if (Files.exists(permissionsMarker())) {
            return new PermissionRepair.Result(0, 0, 0);
        }
        PermissionRepair.Result result = PermissionRepair.repair(root);
        if (result.failed() == 0) {
            try {
                OwnerOnly.write(permissionsMarker(), "owner-only 1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } catch (IOException e) {
                LoggerFactory.getLogger(DataDirectory.class).warn("Could not write {}: {}", permissionsMarker(), e.getMessage());
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
