package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.app.KumoCore;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryLogTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(TestCores.T0);
    private KumoCore core;
    private DeliveryLog log;

    @BeforeEach
    void open() {
        core = openCore(data);
        log = new DeliveryLog(core.database(), clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private long line(String channel, DeliveryStatus status) {
        long id = log.open(1, channel, EventKind.FAILURE, 5L, null, "backup failed", status);
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    @Test
    void pagesNewestFirstWithTheQuerysFilters() {
        long first = line("ops", DeliveryStatus.DELIVERED);
        long second = line("mail", DeliveryStatus.FAILED);
        long third = line("ops", DeliveryStatus.PENDING);

        assertThat(log.page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::id).containsExactly(third, second, first);
        assertThat(log.page(DeliveryQuery.ALL, 1, 1)).extracting(DeliveryView::id).containsExactly(second);
        assertThat(log.page(new DeliveryQuery("ops", Set.of()), 0, 10)).extracting(DeliveryView::id).containsExactly(third, first);
        assertThat(log.page(new DeliveryQuery("ops", Set.of(DeliveryStatus.DELIVERED)), 0, 10)).extracting(DeliveryView::id)
                .containsExactly(first);
        assertThat(log.count(DeliveryQuery.ALL)).isEqualTo(3);
        assertThat(log.count(new DeliveryQuery(null, Set.of(DeliveryStatus.FAILED, DeliveryStatus.PENDING)))).isEqualTo(2);
    }

    @Test
    void aChannelsLinesAreFoundByItsIdWhateverNameTheyWereWrittenUnder() {
        long before = log.open(7, "ops", EventKind.FAILURE, 5L, null, "old name", DeliveryStatus.DELIVERED);
        long after = log.open(7, "ops-renamed", EventKind.FAILURE, 6L, null, "new name", DeliveryStatus.DELIVERED);
        log.open(8, "ops", EventKind.FAILURE, 7L, null, "another channel once named ops", DeliveryStatus.DELIVERED);

        assertThat(log.page(DeliveryQuery.ofChannel(7, Set.of()), 0, 10)).extracting(DeliveryView::id)
                .containsExactlyInAnyOrder(before, after);
        assertThat(log.count(DeliveryQuery.ofChannel(7, Set.of(DeliveryStatus.DELIVERED)))).isEqualTo(2);
    }

    @Test
    void aFinalStatusSetsTheFinishTimeAndTheErrorIsCutToTheColumn() {
        long id = line("ops", DeliveryStatus.PENDING);
        assertThat(log.page(DeliveryQuery.ALL, 0, 1).getFirst().finishedAt()).isNull();

        log.update(id, DeliveryStatus.RETRYING, 1, clock.instant().plusSeconds(10), "HTTP 503");
        DeliveryView retrying = log.page(DeliveryQuery.ALL, 0, 1).getFirst();
        assertThat(retrying.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(retrying.finishedAt()).isNull();

        log.update(id, DeliveryStatus.FAILED, 6, null, "x".repeat(5000));
        DeliveryView failed = log.page(DeliveryQuery.ALL, 0, 1).getFirst();
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.finishedAt()).isEqualTo(clock.instant());
        assertThat(failed.error()).hasSize(1000);
    }

    @Test
    void abandonUnfinishedFailsPendingRetryingAndHeldLinesOnly() {
        long pending = line("ops", DeliveryStatus.PENDING);
        long held = line("ops", DeliveryStatus.HELD);
        long delivered = line("ops", DeliveryStatus.DELIVERED);

        assertThat(log.abandonUnfinished("Kumo stopped before sending")).isEqualTo(2);

        assertThat(log.page(new DeliveryQuery(null, Set.of(DeliveryStatus.FAILED)), 0, 10)).extracting(DeliveryView::id)
                .containsExactlyInAnyOrder(pending, held);
        assertThat(log.page(DeliveryQuery.ALL, 0, 10)).filteredOn(view -> view.id() == delivered).singleElement()
                .extracting(DeliveryView::error).isNull();
    }

    @Test
    void retentionDeletesLinesCreatedBeforeTheCutoff() {
        line("ops", DeliveryStatus.DELIVERED);
        line("ops", DeliveryStatus.DELIVERED);
        long kept = line("ops", DeliveryStatus.DELIVERED);

        assertThat(log.deleteOlderThan(TestCores.T0.plusSeconds(2))).isEqualTo(2);
        assertThat(log.page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::id).containsExactly(kept);
    }

    /** The core under test, on H2; {@code PostgresDeliveryLogTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
