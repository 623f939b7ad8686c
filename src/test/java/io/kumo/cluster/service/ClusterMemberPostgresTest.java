package io.kumo.cluster.service;

import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The member's SQL and loops on a real PostgreSQL server, a database of its own per test. */
class ClusterMemberPostgresTest extends ClusterMemberContract {

    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Database openDatabase() throws Exception {
        return Database.open(server.newDatabase(), StorageHealth.of(dir, Clock.systemUTC()));
    }
}
