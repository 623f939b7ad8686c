package io.kumo.backup;

import io.kumo.config.OwnerOnly;
import io.kumo.config.DataDirectory;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * first (a corrupt one changes nothing), the current database is kept as a safety backup, then the backup's file is
 * renamed into place. A restore asked for while Kumo runs is recorded in {@code restore.pending} and done at the next
 * start, before the database opens.
 */
public final class BackupRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestorer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private BackupRestorer() {
    }

    /** What a restore did: the backup it restored, what it held, and where the previous state was kept. */
    public record Report(Path restored, BackupSummary summary, Path safetyBackup) {
    }

    public static Report restoreNow(DataDirectory data, Path backup, Clock clock) {
        BackupSummary summary = BackupService.verify(backup);
        Path database = data.database().resolve(BackupService.DATABASE_ENTRY);
        try {
            Path safety = data.backups().resolve("kumo-" + STAMP.format(clock.instant()) + "-before-restore.zip");
            OwnerOnly.createDirectories(data.backups());
            if (Files.exists(database)) {
                try (ZipOutputStream zip = new ZipOutputStream(OwnerOnly.newOutputStream(safety))) {
                    zip.putNextEntry(new ZipEntry(BackupService.DATABASE_ENTRY));
                    Files.copy(database, zip);
                    zip.closeEntry();
                }
            }
            Path incoming = data.database().resolve("restore.incoming");
            OwnerOnly.createDirectories(incoming);
            BackupService.extractDatabase(backup, incoming);
            Files.move(incoming.resolve(BackupService.DATABASE_ENTRY), database, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(incoming);
            Files.deleteIfExists(data.database().resolve("kumo.trace.db"));
            try (Database restored = Database.open(data.database())) {
                IdFloor.raise(restored, data.runLogs()); // new runs never take the id (and log file) of a later one
            }
            LOG.info("Restored the database from {} (previous state kept in {})", backup, safety);
            return new Report(backup, summary, Files.exists(safety) ? safety : null);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore failed: " + e.getMessage() + "; the database was not changed", e);
        }
    }

    /** Verifies the backup now and records it to be restored at the next start. */
    public static BackupSummary schedule(DataDirectory data, Path backup) {
        BackupSummary summary = BackupService.verify(backup);
        try {
            OwnerOnly.write(pendingFile(data), backup.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the restore: " + e.getMessage(), e);
        }
    }

    /** Does a restore recorded by {@link #schedule}, if any; a failure is logged and the current database kept. */
    public static Optional<Report> applyPending(DataDirectory data, Clock clock) {
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
