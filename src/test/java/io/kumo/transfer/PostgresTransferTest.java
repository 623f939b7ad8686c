package io.kumo.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kumo.common.ValidationException;
import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded database moved to a real PostgreSQL and back: every row, every table, and ids that go on from there. */
class PostgresTransferTest {

    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(PostgresServer.available(), "PostgreSQL's server binaries are not installed");
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private Database openPostgres() {
        return Database.open(server.newDatabase(), StorageHealth.of(dir, Clock.systemUTC()));
    }

    @Test
    void h2ToPostgresAndBackKeepsEveryRowOfEveryTable() throws SQLException {
        try (Database postgres = openPostgres(); Database source = Database.open(dir.resolve("source"))) {
            FilledDatabase.fill(source);
            Map<String, List<Map<String, Object>>> original = TableRows.of(source);
            Path fromH2 = dir.resolve("from-h2.gz");
            new DataExport(Clock.systemUTC(), "test").export(source, fromH2, DataExport.Options.ALL, TransferProgress.NONE);

            new DataImport().importFile(postgres, fromH2, TransferProgress.NONE);
            assertThat(TableRows.of(postgres)).isEqualTo(original);

            Path fromPostgres = dir.resolve("from-pg.gz");
            new DataExport(Clock.systemUTC(), "test").export(postgres, fromPostgres, new DataExport.Options(false,
                    Optional.empty()), TransferProgress.NONE);
            try (Database back = Database.open(dir.resolve("back"))) {
                new DataImport().importFile(back, fromPostgres, TransferProgress.NONE);
                assertThat(TableRows.of(back)).isEqualTo(original);
            }
        }
    }

    @Test
    void afterAnImportPostgresHandsOutIdsAboveTheImportedOnes() throws SQLException {
        try (Database postgres = openPostgres(); Database source = Database.open(dir.resolve("source"))) {
            FilledDatabase.fill(source);
            Path export = dir.resolve("export.gz");
            new DataExport(Clock.systemUTC(), "test").export(source, export, DataExport.Options.ALL, TransferProgress.NONE);

            new DataImport().importFile(postgres, export, TransferProgress.NONE);

            assertThat(NewRows.task(postgres)).isGreaterThan(NewRows.maxId(source, "tasks"));
            assertThat(NewRows.run(postgres)).isGreaterThan(NewRows.maxId(source, "runs"));
        }
    }

    @Test
    void aPostgresDatabaseThatHoldsDataIsRefused() throws SQLException {
        try (Database postgres = openPostgres(); Database source = Database.open(dir.resolve("source"))) {
            FilledDatabase.fill(source);
            Path export = dir.resolve("export.gz");
            new DataExport(Clock.systemUTC(), "test").export(source, export, DataExport.Options.ALL, TransferProgress.NONE);
            NewRows.task(postgres);

            assertThatThrownBy(() -> new DataImport().importFile(postgres, export, TransferProgress.NONE))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("the target database already holds 1 task: import needs an empty database");
        }
    }

}
