package io.kumo.backup;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.config.OwnerOnly;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database: H2's online {@code BACKUP TO} (consistent while Kumo runs) into
 * {@code <data>/backups/kumo-<UTC time>.zip}. Verification opens a copy read-only and counts the rows of every table.
 * The secret key file is not part of a backup, so secrets in a backup stay sealed. A shared PostgreSQL database (cluster
 * mode) is backed up with the server's own tools: backups and restores are refused there.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    static final String DATABASE_ENTRY = "kumo.mv.db";
    private static final String AUTOMATIC = "-auto";
    /** Every table of Kumo's schema: what a verified backup reports. */
    static final List<String> TABLES = List.of("projects", "python_envs", "tasks", "runs", "settings", "audit_events",
            "env_variables", "interpreters", "pypi_mirrors");

    /** Why there are no backups or restores on a shared database: one line for the CLI, the API and the window. */
    public static final String SHARED_DATABASE_REFUSAL =
            "backups of a PostgreSQL database are pg_dump's job: see README 'Cluster mode'";

    private final Database database;
    private final DataDirectory data;
    private final AuditService audit;
    private final Clock clock;

    public BackupService(Database database, DataDirectory data, AuditService audit, Clock clock) {
        this.database = database;
        this.data = data;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether Kumo backs up this database itself (the embedded H2 file); false on a shared PostgreSQL database. */
    public boolean available() {
        return !database.shared();
    }

    /**
     * Refuses what only the embedded database has: a backup, a restore.
     *
     * @throws ValidationException {@link #SHARED_DATABASE_REFUSAL} on a shared PostgreSQL database
     */
    public void requireAvailable() {
        if (!available()) {
            throw new ValidationException(SHARED_DATABASE_REFUSAL);
        }
    }

    public BackupFile create() {
        return create(false);
    }

    private BackupFile create(boolean automatic) {
        requireAvailable();
        Path target = data.backups().resolve("kumo-" + STAMP.format(clock.instant()) + (automatic ? AUTOMATIC : "") + ".zip");
        try {
            OwnerOnly.createDirectories(target.getParent());
            StoreException.unchecked(() -> database.settings().executeRaw("BACKUP TO '" + target.toString().replace("'", "''") + "'"));
            OwnerOnly.tighten(target); // H2 writes it with the process's default mode
            audit.record(AuditAction.BACKUP.name(), "DATABASE", null, target.getFileName().toString(), List.of(),
                    automatic ? "automatic backup" : "backup made");
            return describe(target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("The backup failed (nothing was written): " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Newest first. */
    public List<BackupFile> list() {
        List<BackupFile> backups = new ArrayList<>();
        if (!Files.isDirectory(data.backups())) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data.backups(), "*.zip")) {
            for (Path file : files) {
                backups.add(describe(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups: " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        return backups;
    }

    public BackupFile find(String name) {
        return list().stream().filter(backup -> backup.name().equals(name)).findFirst()
                .orElseThrow(() -> new ValidationException("no backup named " + name));
    }

    public Path export(BackupFile backup, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.copy(backup.path(), target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.tighten(target); // the whole database, wherever the user puts it
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export " + backup.name() + " to " + target + ": " + e.getMessage(), e);
        }
    }

    public void delete(BackupFile backup) {
        try {
            Files.deleteIfExists(backup.path());
            audit.record(AuditAction.DELETE.name(), "BACKUP", null, backup.name(), List.of(), "backup deleted");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + backup.name() + ": " + e.getMessage(), e);
        }
    }

    /** Makes an automatic backup when the newest one is older than {@code every}; keeps the newest {@code keep}. */
    public boolean backUpIfDue(Duration every, int keep) {
        requireAvailable();
        List<BackupFile> automatic = list().stream().filter(BackupFile::automatic).toList();
        boolean due = automatic.isEmpty() || automatic.getFirst().createdAt().isBefore(clock.instant().minus(every));
        if (due) {
            create(true);
            automatic = list().stream().filter(BackupFile::automatic).toList();
        }
        automatic.stream().skip(Math.max(keep, 1)).forEach(old -> deleteQuietly(old.path()));
        return due;
    }

    /**
     * Opens a copy of the backup read-only and counts the rows of every table it has (an older schema lacks some).
     *
     * @throws ValidationException when the file is not a readable Kumo backup
     */
    public static BackupSummary verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new ValidationException("No file at " + backup);
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kumo-verify");
            extractDatabase(backup, scratch);
            try (Connection connection = DriverManager.getConnection(Database.urlFor(scratch) + ";ACCESS_MODE_DATA=r", "kumo", "");
                 Statement sql = connection.createStatement()) {
                String version;
                try (ResultSet result = sql.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                    result.next();
                    version = result.getString(1);
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : TABLES) {
                    if (!hasTable(connection, table)) {
                        continue; // a backup of an older schema: the restore migrates it
                    }
                    try (ResultSet result = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        result.next();
                        rows.put(table, result.getLong(1));
                    }
                }
                return new BackupSummary(version, rows);
            }
        } catch (SQLException e) {
            throw new ValidationException(backup.getFileName() + " is not a readable Kumo backup: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new ValidationException(backup.getFileName() + " is not a readable Kumo backup: " + e.getMessage());
        } finally {
            if (scratch != null) {
                try {
                    FileTrees.delete(scratch);
                } catch (IOException e) {
                    LOG.debug("Could not remove {}", scratch, e);
                }
            }
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    /** Writes the backup's database file into {@code folder} (as {@code kumo.mv.db}). */
    static void extractDatabase(Path backup, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE_ENTRY);
            if (entry == null) {
                throw new IOException("it holds no " + DATABASE_ENTRY);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, folder.resolve(DATABASE_ENTRY), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("it is not a ZIP archive (" + e.getMessage() + ")", e);
        }
    }

    private static BackupFile describe(Path file) {
        try {
            String name = file.getFileName().toString();
            return new BackupFile(file, name, Files.size(file), Files.getLastModifiedTime(file).toInstant(),
                    name.endsWith(AUTOMATIC + ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
