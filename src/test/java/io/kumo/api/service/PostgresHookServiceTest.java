package io.kumo.api.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.HookTarget;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.testkit.PostgresCores;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link HookServiceTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresHookServiceTest extends HookServiceTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    /** In a cluster a node with another key is refused at open, before it could read any secret. */
    @Override
    @Test
    void aSecretSealedWithAnotherKeyIsABadSecretThatSaysCreateTheTriggerAgain() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            core.hooks().create(HookTarget.Kind.TASK, "deploy");
        }
        Path otherKey = dir.resolveSibling(dir.getFileName() + "-other.key");
        assertThatThrownBy(() -> PostgresCores.open(POSTGRES.databaseOf(dir), dir, clock, otherKey).close())
                .hasMessageContaining("does not match the cluster's");
    }

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return POSTGRES.open(dataDir, clock);
    }
}
