package io.kumo.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Versioned schema migrations from {@code db/migration/V*__*.sql}, applied by Flyway. */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final String url;

    public Migrations(String url) {
        this.url = url;
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
