package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.service.DeliveryQuery;
import io.kumo.alerts.service.DeliveryView;
import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert delivery lines go with the run records: older than the run retention (30 days when runs are kept forever),
 * they are deleted, unless still on their way.
 */
class DeliveryRetentionTest {

    @TempDir
    Path dir;

    @Test
    void deliveryLinesOlderThanTheRunRetentionAreDeletedAndNewerOnesKept() {
        MutableClock clock = new MutableClock(TestCores.T0);
        try (KumoCore core = openCore(dir, clock)) {
            core.settings().set(Settings.RUN_RETENTION_DAYS, 30);
            long channel = core.channelService().add("ops", "json://127.0.0.1:9/kumo", null).id();
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "old", DeliveryStatus.DELIVERED);
            clock.advance(Duration.ofDays(31));
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "recent", DeliveryStatus.DELIVERED);

            core.maintenance().runNow();

            assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::subject).containsExactly("recent");
        }
    }

    @Test
    void withRunsKeptForeverFinishedLinesGoAfterThirtyDaysAndUnfinishedOnesStay() {
        MutableClock clock = new MutableClock(TestCores.T0);
        try (KumoCore core = openCore(dir, clock)) {
            core.settings().set(Settings.RUN_RETENTION_DAYS, 0);
            long channel = core.channelService().add("ops", "json://127.0.0.1:9/kumo", null).id();
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "old", DeliveryStatus.DELIVERED);
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "held", DeliveryStatus.HELD);
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "retrying", DeliveryStatus.RETRYING);
            clock.advance(Duration.ofDays(31));
            core.deliveryLog().open(channel, "ops", EventKind.FAILURE, null, null, "recent", DeliveryStatus.DELIVERED);

            core.maintenance().runNow();

            assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::subject)
                    .containsExactlyInAnyOrder("recent", "held", "retrying");
        }
    }

    /** The core under test, on H2; {@code PostgresDeliveryRetentionTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
