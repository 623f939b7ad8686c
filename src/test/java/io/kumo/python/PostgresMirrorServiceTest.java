package io.kumo.python;

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

/** {@link MirrorServiceTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresMirrorServiceTest extends MirrorServiceTest {

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
    KumoCore openCore(Path dataDir) {
        return PostgresCores.open(databases.computeIfAbsent(dataDir, folder -> server.newDatabase()), dataDir, Clock.systemUTC());
    }
}
