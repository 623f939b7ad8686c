package io.kumo.logs;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DeliveryRetentionTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresDeliveryRetentionTest extends DeliveryRetentionTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return POSTGRES.open(dataDir, clock);
    }
}
