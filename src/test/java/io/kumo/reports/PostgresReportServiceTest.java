package io.kumo.reports;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ReportServiceTest} on a real PostgreSQL server: the same figures from the same SQL. */
class PostgresReportServiceTest extends ReportServiceTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir) {
        return POSTGRES.open(dataDir, Clock.systemUTC());
    }
}
