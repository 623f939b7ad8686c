package io.kumo.workflow.service;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WorkflowRunTableTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresWorkflowRunTableTest extends WorkflowRunTableTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir) {
        return POSTGRES.open(dataDir, Clock.systemUTC());
    }
}
