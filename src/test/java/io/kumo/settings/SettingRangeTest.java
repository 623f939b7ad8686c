package io.kumo.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingRangeTest {

    @Test
    void aWholeNumberOutsideItsRangeIsRefusedByNameAndNothingChanges(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            assertThatThrownBy(() -> core.settings().set(Settings.LOG_RETENTION_DAYS, -1)).isInstanceOf(ValidationException.class)
                    .hasMessage("Keep run logs for (days, 0 = forever): -1 is outside 0-36500");
            assertThatThrownBy(() -> core.settings().set(Settings.MAX_CONCURRENT_RUNS, 0))
                    .hasMessage("Runs at the same time: 0 is outside 1-500");
            assertThat(core.settings().get(Settings.LOG_RETENTION_DAYS)).isEqualTo(30);
            core.settings().set(Settings.MAX_CONCURRENT_RUNS, 64);
            assertThat(core.settings().get(Settings.MAX_CONCURRENT_RUNS)).isEqualTo(64);
        }
    }

    @Test
    void aConcurrencyLimitThatFitsABurstOfTwoHundredRunsIsAccepted(@TempDir Path dir) {
        try (KumoCore core = openCore(dir)) {
            core.settings().set(Settings.MAX_CONCURRENT_RUNS, 200);

            assertThat(core.settings().get(Settings.MAX_CONCURRENT_RUNS)).isEqualTo(200);
        }
    }

    /** The core under test, on H2; {@code PostgresSettingRangeTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
