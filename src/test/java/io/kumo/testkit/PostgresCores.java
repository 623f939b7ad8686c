package io.kumo.testkit;

import io.kumo.app.Deployment;
import io.kumo.app.KumoCore;
import io.kumo.cluster.NodeConfig;
import io.kumo.config.DataDirectory;
import io.kumo.instance.InstanceLock;
import io.kumo.store.DatabaseTarget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/** Opens real cores whose store is a fresh database on a {@link PostgresServer}, as a cluster node opens it. */
public final class PostgresCores {

    private PostgresCores() {
    }

    public static KumoCore open(PostgresServer server, Path dataDir) {
        return open(server.newDatabase(), dataDir, Clock.systemUTC());
    }

    public static KumoCore open(PostgresServer server, Path dataDir, Clock clock) {
        return open(server.newDatabase(), dataDir, clock);
    }

    /** A core on {@code target} (another node of the same database, say), with data directory {@code dataDir}. */
    public static KumoCore open(DatabaseTarget.Server target, Path dataDir, Clock clock) {
        DataDirectory dataDirectory = new DataDirectory(dataDir);
        dataDirectory.ensureLayout();
        NodeConfig node = NodeConfig.named("node-" + dataDir.getFileName(), Set.of(), true, OptionalInt.empty(),
                Duration.ofSeconds(15));
        Deployment deployment = new Deployment(target, node, dataDirectory.secretKeyFile());
        return KumoCore.open(dataDirectory, deployment, InstanceLock.acquire(dataDirectory.lockFile()), clock,
                TestCores.ACTOR, System.getenv());
    }
}
