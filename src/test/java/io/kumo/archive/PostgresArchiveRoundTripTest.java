package io.kumo.archive;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ArchiveRoundTripContract} on a real PostgreSQL server (logs also come back as shipped pieces there). */
class PostgresArchiveRoundTripTest extends ArchiveRoundTripContract {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return POSTGRES.open(dataDir, clock);
    }
}
