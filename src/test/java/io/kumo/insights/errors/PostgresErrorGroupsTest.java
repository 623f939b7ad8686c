package io.kumo.insights.errors;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ErrorGroupsTest} on a real PostgreSQL server: the same SQL, and the insert race as two nodes meet it. */
class PostgresErrorGroupsTest extends ErrorGroupsTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir) {
        return POSTGRES.open(dataDir, Clock.systemUTC());
    }
}
