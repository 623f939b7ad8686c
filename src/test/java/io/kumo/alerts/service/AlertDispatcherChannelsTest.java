package io.kumo.alerts.service;

import static io.kumo.alerts.service.AlertsEndToEndTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a channel change and Kumo's own shutdown do to alerts on their way (a real store, a real local server). */
class AlertDispatcherChannelsTest {

    @TempDir
    Path dir;
    DispatcherBench bench;
    MutableClock clock;
    KumoCore core;
    LocalWebhookServer hooks;
    ManualTimers timers;
    AlertDispatcher dispatcher;
    ChannelView channel;

    @BeforeEach
    void open() {
        bench = new DispatcherBench(dir);
        clock = bench.clock;
        core = bench.core;
        hooks = bench.hooks;
        timers = bench.timers;
        channel = core.channelService().add("ops", AlertsEndToEndTest.json(hooks), null);
        dispatcher = bench.dispatcher();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void disablingAChannelCancelsTheDigestItsStormGuardWasHolding() {
        core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), true, channel.template(), 1,
                null, channel.logLines()));
        dispatcher.channelsChanged();
        dispatcher.runChanged(ended(1, "first", RunStatus.FAILED, "exit code 1"));
        dispatcher.runChanged(ended(2, "second", RunStatus.FAILED, "exit code 1"));
        awaitUntil(() -> timers.pending() == 1 && core.deliveryLog().count(new DeliveryQuery("ops",
                java.util.Set.of(DeliveryStatus.DELIVERED))) == 1, "one delivered, a digest waiting");

        core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), false, channel.template(), 1,
                null, channel.logLines()));
        dispatcher.channelsChanged();
        clock.advance(Duration.ofMinutes(2));
        timers.runDue();
        dispatcher.close();

        assertThat(timers.pending()).isZero();
        assertThat(hooks.requests()).hasSize(1);
        assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::status)
                .containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.DROPPED);
    }

    @Test
    void aRunInterruptedByKumosOwnShutdownIsNoAlert() {
        dispatcher.runChanged(ended(1, "interrupted", RunStatus.INTERRUPTED, "Kumo was shut down during the run"));
        dispatcher.runChanged(ended(2, "barrier", RunStatus.FAILED, "exit code 1"));
        awaitUntil(() -> hooks.requests().size() == 1, "the barrier's message");
        dispatcher.close();

        assertThat(hooks.requests()).singleElement().satisfies(request ->
                assertThat(request.body()).contains("barrier").doesNotContain("interrupted"));
        assertThat(core.deliveryLog().count(DeliveryQuery.ALL)).isEqualTo(1);
    }

    private Run ended(long id, String task, RunStatus status, String error) {
        Run run = new Run(1000 + id, task, TriggerKind.MANUAL, clock.instant(), status);
        run.setId(id);
        run.setAttempt(1);
        run.setError(error);
        run.setStartedAt(clock.instant().minusMillis(500));
        run.setEndedAt(clock.instant());
        return run;
    }
}
