package io.kumo.api.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.HookTarget;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.store.DatabaseTarget;
import io.kumo.testkit.PostgresCores;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link HookServiceTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresHookServiceTest extends HookServiceTest {

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

    /** In a cluster a node with another key is refused at open, before it could read any secret. */
    @Override
    @Test
    void aSecretSealedWithAnotherKeyIsABadSecretThatSaysCreateTheTriggerAgain() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            core.hooks().create(HookTarget.Kind.TASK, "deploy");
        }
        Path otherKey = dir.resolveSibling(dir.getFileName() + "-other.key");
        assertThatThrownBy(() -> PostgresCores.open(databases.get(dir), dir, clock, otherKey).close())
                .hasMessageContaining("does not match the cluster's");
    }

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return PostgresCores.open(databases.computeIfAbsent(dataDir, folder -> server.newDatabase()), dataDir, clock);
    }
}
