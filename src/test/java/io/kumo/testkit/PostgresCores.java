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

    /**
     * A core on {@code target} (another node of the same database, say), with data directory {@code dataDir}. Every
     * node of a cluster seals with the same key: the cores of one database whose data directories share a parent
     * share the key file {@code <parent>/<database>.secret.key}.
     */
    public static KumoCore open(DatabaseTarget.Server target, Path dataDir, Clock clock) {
        String database = target.url().substring(target.url().lastIndexOf('/') + 1);
        return open(target, dataDir, clock, dataDir.toAbsolutePath().getParent().resolve(database + ".secret.key"));
    }

    /** As above, sealing with the key in {@code secretKey}. */
    public static KumoCore open(DatabaseTarget.Server target, Path dataDir, Clock clock, Path secretKey) {
        DataDirectory dataDirectory = new DataDirectory(dataDir);
        dataDirectory.ensureLayout();
        NodeConfig node = NodeConfig.named("node-" + dataDir.getFileName(), Set.of(), true, OptionalInt.empty(),
                Duration.ofSeconds(15));
        Deployment deployment = new Deployment(target, node, secretKey);
        return KumoCore.open(dataDirectory, deployment, InstanceLock.acquire(dataDirectory.lockFile()), clock,
                TestCores.ACTOR, System.getenv());
    }
}
