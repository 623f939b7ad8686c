package io.kumo.store;

import io.kumo.storage.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Versioned schema migrations from {@code db/migration/V*__*.sql}, applied by Flyway. */
public final class Migrations {

    /** The version of the newest {@code V*__*.sql} file; a test keeps it equal to the files. */
    static final String NEWEST_VERSION = "14";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** Whether a schema version, as {@code flyway_schema_history} holds it, is past this build's newest migration. */
    public static boolean isNewerThanThisBuild(String version) {
        return version != null && Integer.parseInt(version.strip()) > Integer.parseInt(NEWEST_VERSION);
    }

    /** This build's newest schema version. */
    public static String newestVersion() {
        return NEWEST_VERSION;
    }

    private final String url;

    public Migrations(String url) {
        this.url = url;
    }

    /**
     * True when the newest migration is already applied, read with one query. Flyway is not loaded then: its
     * class-path scan and validation cost start-up time and memory on every start for a check that only matters after
     * an upgrade. A failed migration, an older or a newer schema all go to Flyway, which applies or explains.
     */
    public boolean isCurrent() {
        try (Connection connection = DriverManager.getConnection(url, "kumo", "")) {
            return isCurrent(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database schema version: " + e.getMessage(), e);
        }
    }

    /** As {@link #isCurrent()}, on a connection the caller holds (and closes). */
    public boolean isCurrent(Connection connection) {
        try (Statement sql = connection.createStatement()) {
            try (ResultSet table = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!table.next()) {
                    return false;
                }
            }
            try (ResultSet newest = sql.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return newest.next() && newest.getBoolean(2) && NEWEST_VERSION.equals(newest.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database schema version: " + e.getMessage(), e);
        }
    }

    public MigrateResult migrate() {
        return migrateTo(null);
    }

    /** Migrates up to {@code version} only; null means the newest. Tests use it to build older schemas. */
    public MigrateResult migrateTo(String version) {
        var config = Flyway.configure()
                .dataSource(url, "kumo", "")
                .locations("classpath:db/migration")
                .validateMigrationNaming(true);
        if (version != null) {
            config.target(version);
        }
        try {
            MigrateResult result = config.load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
            }
            return result;
        } catch (FlywayException e) {
            throw new StoreException("Cannot prepare the database schema: " + e.getMessage(), e);
        }
    }
}
