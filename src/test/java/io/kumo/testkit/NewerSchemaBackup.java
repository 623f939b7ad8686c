package io.kumo.testkit;

import io.kumo.common.FileTrees;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup as a newer Kumo would make it: a real backup whose database has one more applied migration in Flyway's
 * history than this build knows.
 */
public final class NewerSchemaBackup {

    private static final String ENTRY = "kumo.mv.db";

    private NewerSchemaBackup() {
    }

    /** Writes {@code target}: {@code backup} with migration {@code version} recorded as applied. */
    public static Path of(Path backup, int version, Path target) throws IOException, SQLException {
        Path scratch = Files.createTempDirectory("kumo-newer-backup");
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(ENTRY))) {
            Files.copy(in, scratch.resolve(ENTRY));
        }
        try (Connection connection = DriverManager.getConnection(Database.urlFor(scratch), "kumo", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES ("
                    + (version + 100) + ", '" + version + "', 'from the future', 'SQL', 'V" + version
                    + "__from_the_future.sql', 0, 'kumo', 1, TRUE)");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(scratch.resolve(ENTRY), zip);
            zip.closeEntry();
        }
        FileTrees.delete(scratch);
        return target;
    }
}
