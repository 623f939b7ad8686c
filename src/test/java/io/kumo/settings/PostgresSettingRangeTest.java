package io.kumo.settings;

import io.kumo.app.KumoCore;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SettingRangeTest} on a real PostgreSQL server: the same behaviour from a shared database. */
class PostgresSettingRangeTest extends SettingRangeTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @Override
    KumoCore openCore(Path dataDir) {
        return POSTGRES.open(dataDir, Clock.systemUTC());
    }
}
