package io.kumo.backup;

import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.config.OwnerOnly;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of the database while it is closed (the data directory's lock held): the backup is verified
 * first (a corrupt one, or one made by a newer Kumo, changes nothing), prepared beside the database, the current
 * database is kept as a safety backup, then the prepared file is renamed into place. A restore asked for while Kumo
 * runs is recorded in {@code restore.pending} and done at the next start, before the database opens.
 */
public final class BackupRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestorer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private BackupRestorer() {
    }

    /** What a restore did: the backup it restored, what it held, and where the previous state was kept. */
    public record Report(Path restored, BackupSummary summary, Path safetyBackup) {
    }

    /**
     * Verifies the backup, prepares its database in {@code db/restore.incoming} (migrated when older, id floor
     * raised), keeps the current database as a safety backup, then renames the prepared file into place: the last
     * step, and atomic. Any failure before it leaves the database as it was, and no {@code restore.incoming} or
     * half-written safety backup behind.
     */
    public static Report restoreNow(DataDirectory data, Path backup, Clock clock) {
        BackupSummary summary = verifyRestorable(backup);
        Path database = data.database().resolve(BackupService.DATABASE_ENTRY);
        Path incoming = incoming(data);
        Path safety = data.backups().resolve("kumo-" + STAMP.format(clock.instant()) + "-before-restore.zip");
        boolean replaced = false;
        try {
            discardLeftovers(data);
            OwnerOnly.createDirectories(incoming);
            BackupService.extractDatabase(backup, incoming);
            try (Database restored = Database.open(incoming)) {
                IdFloor.raise(restored, data.runLogs()); // new runs never take the id (and log file) of a later one
            }
            OwnerOnly.createDirectories(data.backups());
            if (Files.exists(database)) {
                try (ZipOutputStream zip = new ZipOutputStream(OwnerOnly.newOutputStream(safety))) {
                    zip.putNextEntry(new ZipEntry(BackupService.DATABASE_ENTRY));
                    Files.copy(database, zip);
                    zip.closeEntry();
                }
            }
            Files.move(incoming.resolve(BackupService.DATABASE_ENTRY), database, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            replaced = true;
            deleteQuietly(data.database().resolve("kumo.trace.db"));
            LOG.info("Restored the database from {} (previous state kept in {})", backup, safety);
            return new Report(backup, summary, Files.exists(safety) ? safety : null);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore failed: " + e.getMessage() + "; the database was not changed", e);
        } finally {
            if (!replaced) {
                deleteQuietly(safety);
            }
            discardLeftovers(data);
        }
    }

    /**
     * Verifies the backup and refuses one made by a newer Kumo: this build would open a schema it does not know.
     *
     * @throws ValidationException when the file is not a readable Kumo backup or its schema is newer than this build's
     */
    public static BackupSummary verifyRestorable(Path backup) {
        BackupSummary summary = BackupService.verify(backup);
        if (Migrations.isNewerThanThisBuild(summary.schemaVersion())) {
            throw new ValidationException(backup.getFileName() + " was made by a newer Kumo (schema version "
                    + summary.schemaVersion() + "; this Kumo knows up to " + Migrations.newestVersion()
                    + "): restore it with that Kumo or a later one; nothing was changed");
        }
        return summary;
    }

    /** Removes what a restore cut off by a crash or a failure left in the database folder; the database stays. */
    public static void discardLeftovers(DataDirectory data) {
        Path incoming = incoming(data);
        if (Files.exists(incoming, LinkOption.NOFOLLOW_LINKS)) {
            try {
                FileTrees.delete(incoming);
                LOG.info("Removed {}, left by a restore that did not complete", incoming);
            } catch (IOException e) {
                LOG.warn("Cannot remove {}", incoming, e);
            }
        }
    }

    private static Path incoming(DataDirectory data) {
        return data.database().resolve("restore.incoming");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", file, e);
        }
    }

    /** Verifies the backup now and records it to be restored at the next start. */
    public static BackupSummary schedule(DataDirectory data, Path backup) {
        BackupSummary summary = verifyRestorable(backup);
        try {
            OwnerOnly.write(pendingFile(data), backup.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the restore: " + e.getMessage(), e);
        }
    }

    /**
     * Does a restore recorded by {@link #schedule}, if any; a failure is logged and the current database kept. Called at
     * every start: it also removes what a restore cut off by a crash left behind.
     */
    public static Optional<Report> applyPending(DataDirectory data, Clock clock) {
        discardLeftovers(data);
        Path pending = pendingFile(data);
        if (!Files.exists(pending)) {
            return Optional.empty();
        }
        try {
            Path backup = Path.of(Files.readString(pending, StandardCharsets.UTF_8).strip());
            return Optional.of(restoreNow(data, backup, clock));
        } catch (IOException | RuntimeException e) {
            LOG.error("The restore recorded for this start failed; the current database stays", e);
            return Optional.empty();
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                LOG.warn("Cannot remove {}", pending, e);
            }
        }
    }

    /** The backup a restore was asked for, waiting for the next start. */
    public static Optional<Path> pending(DataDirectory data) {
        Path pending = pendingFile(data);
        try {
            return Files.exists(pending) ? Optional.of(Path.of(Files.readString(pending, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pending + ": " + e.getMessage(), e);
        }
    }

    public static Path pendingFile(DataDirectory data) {
        return data.root().resolve("restore.pending");
    }
}
