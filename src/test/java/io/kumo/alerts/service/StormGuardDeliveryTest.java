package io.kumo.alerts.service;

import static io.kumo.alerts.service.AlertsEndToEndTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A channel's storm guard lets N messages a minute through and sums up the rest in one digest when a slot frees. */
class StormGuardDeliveryTest {

    @TempDir
    Path dir;
    DispatcherBench bench;
    MutableClock clock;
    KumoCore core;
    LocalWebhookServer hooks;
    ManualTimers timers;

    @BeforeEach
    void open() {
        bench = new DispatcherBench(dir);
        clock = bench.clock;
        core = bench.core;
        hooks = bench.hooks;
        timers = bench.timers;
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void twentyFiveFailuresInAMinuteGiveTenMessagesAndOneDigestNamingTheOtherFifteen() {
        ChannelView channel = core.channelService().add("ops", AlertsEndToEndTest.json(hooks), null);
        core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), true, channel.template(), 10,
                null, channel.logLines()));
        AlertDispatcher dispatcher = bench.dispatcher();

        for (int i = 1; i <= 25; i++) {
            clock.advance(Duration.ofSeconds(1));
            dispatcher.runChanged(failed(i, "job-" + i));
        }
        awaitUntil(() -> core.deliveryLog().count(DeliveryQuery.ALL) == 25 && timers.pending() == 1, "25 lines and a digest waiting");
        awaitUntil(() -> hooks.requests().size() == 10, "ten messages");
        clock.advance(Duration.ofSeconds(60));
        timers.runDue();
        awaitUntil(() -> hooks.requests().size() == 11, "the digest");

        List<String> bodies = hooks.requests().stream().map(LocalWebhookServer.Request::body).toList();
        assertThat(bodies.subList(0, 10)).allSatisfy(body -> assertThat(body).doesNotContain("held back"));
        assertThat(bodies.get(10)).contains("15 alerts held back");
        IntStream.rangeClosed(11, 25).forEach(i -> assertThat(bodies.get(10)).contains("job-" + i + " "));
        IntStream.rangeClosed(1, 10).forEach(i -> assertThat(bodies.get(10)).doesNotContain("job-" + i + " "));
        assertThat(core.deliveryLog().page(new DeliveryQuery("ops", Set.of(DeliveryStatus.DROPPED)), 0, 100)).hasSize(15);
        awaitUntil(() -> core.deliveryLog().page(new DeliveryQuery("ops", Set.of(DeliveryStatus.DELIVERED)), 0, 100).size() == 11,
                "eleven lines delivered");
        assertThat(core.deliveryLog().page(new DeliveryQuery("ops", Set.of(DeliveryStatus.DELIVERED)), 0, 100))
                .filteredOn(line -> line.event() == EventKind.DIGEST).hasSize(1);
    }

    private Run failed(long id, String task) {
        Run run = new Run(1000 + id, task, TriggerKind.MANUAL, clock.instant(), RunStatus.FAILED);
        run.setId(id);
        run.setAttempt(1);
        run.setExitCode(1);
        run.setStartedAt(clock.instant().minusMillis(500));
        run.setEndedAt(clock.instant());
        return run;
    }
}
