package io.kumo.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.audit.AuditService;
import io.kumo.common.Actor;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCacheTest {

    @TempDir
    Path dir;
    final Clock clock = TestCores.fixedClock();

    @Test
    void aChangeWhoseTransactionFailsLeavesTheCachedValueAsTheDatabaseHasIt() {
        try (Database database = Database.open(dir)) {
            // a real failure inside the transaction, after the setting's row was written: the audit row does not fit
            AuditService failingAudit = new AuditService(database, clock, new Actor("x".repeat(301)));
            SettingsService settings = new SettingsService(database, failingAudit, clock);
            List<Object> announced = new ArrayList<>();
            settings.addListener((key, value) -> announced.add(value));
            assertThat(settings.get(Settings.LOG_CAP_MB)).isEqualTo(50);

            assertThatThrownBy(() -> settings.set(Settings.LOG_CAP_MB, 77)).isInstanceOf(StoreException.class);

            assertThat(settings.get(Settings.LOG_CAP_MB)).isEqualTo(50);
            assertThat(new SettingsService(database, failingAudit, clock).get(Settings.LOG_CAP_MB)).isEqualTo(50);
            assertThat(announced).isEmpty();
        }
    }

    @Test
    void aCommittedChangeIsReadBackAtOnce() {
        try (Database database = Database.open(dir)) {
            SettingsService settings = new SettingsService(database, new AuditService(database, clock, TestCores.ACTOR), clock);
            assertThat(settings.get(Settings.LOG_CAP_MB)).isEqualTo(50);
            settings.set(Settings.LOG_CAP_MB, 77);
            assertThat(settings.get(Settings.LOG_CAP_MB)).isEqualTo(77);
        }
    }
}
