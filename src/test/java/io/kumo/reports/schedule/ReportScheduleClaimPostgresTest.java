package io.kumo.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.PostgresDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes' schedulers on one PostgreSQL database race for the same due report: it goes out once. */
class ReportScheduleClaimPostgresTest {

    @RegisterExtension
    static final PostgresDatabases POSTGRES = new PostgresDatabases();

    @TempDir
    Path dataDir;

    @Test
    void twoServicesOnOneDatabaseSendADueReportOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
        try (KumoCore core = POSTGRES.open(dataDir, clock); LocalWebhookServer hook = LocalWebhookServer.start()) {
            core.channelService().add("hook", "json://127.0.0.1:" + hook.port() + "/hook", null);
            core.reportSchedules().create(new ReportScheduleEdit("daily", "0 8 * * *", "UTC", 1, null, null, "pdf", "hook", true));
            ReportScheduleService first = new ReportScheduleService(core.database(), core.audit(), core.channelService(), clock);
            ReportScheduleService second = new ReportScheduleService(core.database(), core.audit(), core.channelService(), clock);
            clock.set(Instant.parse("2026-11-30T08:00:00Z"));

            try (ReportSchedulesFixture one = new ReportSchedulesFixture(core, first, clock);
                 ReportSchedulesFixture two = new ReportSchedulesFixture(core, second, clock)) {
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(go, one));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(go, two));
                go.countDown();

                assertThat(a.get() + b.get()).isEqualTo(1);
                assertThat(one.queries.size() + two.queries.size()).isEqualTo(1);
            }
            hook.next(Duration.ofSeconds(10));
            assertThat(hook.requests()).hasSize(1);
        }
    }

    private static int await(CountDownLatch go, ReportSchedulesFixture node) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return node.scheduler.sendDue();
    }
}
