package io.kumo.logs;

import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * Run logs across nodes on a real PostgreSQL. Skipped (not passed) while {@code Database} cannot open a PostgreSQL
 * target yet, or where the server binaries are missing.
 */
class RunLogsAcrossNodesPostgresTest extends RunLogsAcrossNodesContract {

    static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(PostgresServer.available(), "PostgreSQL's server binaries are not installed");
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Database openDatabase(Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        return Database.open(server.newDatabase(), StorageHealth.of(folder, Clock.systemUTC()));
    }
}
