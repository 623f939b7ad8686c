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

/**
 * Versioned schema migrations, applied by Flyway: {@code db/migration/V*__*.sql} holds what H2 and PostgreSQL both
 * understand, {@code db/vendor/h2} and {@code db/vendor/postgresql} the versions whose SQL differs (same file names,
 * one of the two folders is read). The H2 files are the ones earlier releases shipped, byte for byte: their checksums
 * are in every existing database.
 */
public final class Migrations {

    /** The version of the newest {@code V*__*.sql} file; a test keeps it equal to the files. */
    static final String NEWEST_VERSION = "18";

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
    private final String user;
    private final String password;
    private final SqlDialect dialect;

    /** The migrations of the embedded H2 database at {@code url} ({@link Database#urlFor}). */
    public Migrations(String url) {
        this(url, "kumo", "", SqlDialect.H2);
    }

    /** The migrations of a PostgreSQL database. */
    public Migrations(DatabaseTarget.Server server) {
        this(server.url(), server.user(), server.password(), SqlDialect.POSTGRESQL);
    }

    private Migrations(String url, String user, String password, SqlDialect dialect) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
    }

    /**
     * True when the newest migration is already applied, read with one query. Flyway is not loaded then: its
     * class-path scan and validation cost start-up time and memory on every start for a check that only matters after
     * an upgrade. A failed migration, an older or a newer schema all go to Flyway, which applies or explains.
     */
    public boolean isCurrent() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return isCurrent(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database schema version: " + e.getMessage(), e);
        }
    }

    /** As {@link #isCurrent()}, on a connection the caller holds (and closes). */
    public boolean isCurrent(Connection connection) {
        try (Statement sql = connection.createStatement()) {
            // on PostgreSQL only the current schema counts: another schema of the database may hold another Kumo
            String schema = dialect == SqlDialect.POSTGRESQL ? connection.getSchema() : null;
            try (ResultSet table = connection.getMetaData().getTables(null, schema, "flyway_schema_history", null)) {
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

    private String vendorFolder() {
        return switch (dialect) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
        };
    }

    public MigrateResult migrate() {
        return migrateTo(null);
    }

    /** Migrates up to {@code version} only; null means the newest. Tests use it to build older schemas. */
    public MigrateResult migrateTo(String version) {
        var config = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendorFolder())
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
