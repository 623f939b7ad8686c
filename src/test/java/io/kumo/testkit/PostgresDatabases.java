package io.kumo.testkit;

import io.kumo.app.KumoCore;
import io.kumo.store.DatabaseTarget;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's real PostgreSQL ({@link PostgresServer}, started before its tests and stopped after them) and one
 * database per data directory: a data directory reopened finds its database again, as a node finds the cluster's.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresDatabases POSTGRES = new PostgresDatabases();
 * ... POSTGRES.open(dataDir, clock) ...
 * </pre>
 */
public final class PostgresDatabases implements BeforeAllCallback, AfterAllCallback {

    private final Map<Path, DatabaseTarget.Server> databases = new ConcurrentHashMap<>();
    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = PostgresServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        databases.clear();
        server.close();
    }

    /** A core on the database of {@code dataDir} (a new one the first time), as {@link PostgresCores#open} opens it. */
    public KumoCore open(Path dataDir, Clock clock) {
        return PostgresCores.open(databaseOf(dataDir), dataDir, clock);
    }

    /** The database of {@code dataDir}: a new, empty one the first time. */
    public DatabaseTarget.Server databaseOf(Path dataDir) {
        return databases.computeIfAbsent(dataDir, folder -> server.newDatabase());
    }
}
