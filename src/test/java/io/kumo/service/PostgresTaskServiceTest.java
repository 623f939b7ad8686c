package io.kumo.service;

import io.kumo.app.KumoCore;
import io.kumo.store.DatabaseTarget;
import io.kumo.testkit.PostgresCores;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link TaskServiceTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresTaskServiceTest extends TaskServiceTest {

    private static PostgresServer server;
    /** A data directory reopened finds its database again. */
    private final Map<Path, DatabaseTarget.Server> databases = new HashMap<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() {
        server.close();
    }

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return PostgresCores.open(databases.computeIfAbsent(dataDir, folder -> server.newDatabase()), dataDir, clock);
    }
}
