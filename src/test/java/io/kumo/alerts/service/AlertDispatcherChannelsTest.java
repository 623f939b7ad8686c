package io.kumo.alerts.service;

import static io.kumo.alerts.service.AlertsEndToEndTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.DeliveryStatus;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
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
    AlertDispatcher dispatcher;
    ChannelView channel;

    @BeforeEach
    void open() {
        bench = new DispatcherBench(dir);
        channel = bench.core.channelService().add("ops", AlertsEndToEndTest.json(bench.hooks), null);
        dispatcher = bench.dispatcher();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void disablingAChannelCancelsTheDigestItsStormGuardWasHolding() {
        bench.core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), true, channel.template(), 1,
                null, channel.logLines()));
        dispatcher.channelsChanged();
        dispatcher.runChanged(ended(1, "first", RunStatus.FAILED, "exit code 1"));
        dispatcher.runChanged(ended(2, "second", RunStatus.FAILED, "exit code 1"));
        awaitUntil(() -> bench.timers.pending() == 1 && bench.core.deliveryLog().count(new DeliveryQuery("ops",
                java.util.Set.of(DeliveryStatus.DELIVERED))) == 1, "one delivered, a digest waiting");

        bench.core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), false, channel.template(), 1,
                null, channel.logLines()));
        dispatcher.channelsChanged();
        bench.clock.advance(Duration.ofMinutes(2));
        bench.timers.runDue();
        dispatcher.close();

        assertThat(bench.timers.pending()).isZero();
        assertThat(bench.hooks.requests()).hasSize(1);
        assertThat(bench.core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::status)
                .containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.DROPPED);
    }

    @Test
    void aRunInterruptedByKumosOwnShutdownIsNoAlert() {
        dispatcher.runChanged(ended(1, "interrupted", RunStatus.INTERRUPTED, "Kumo was shut down during the run"));
        dispatcher.runChanged(ended(2, "barrier", RunStatus.FAILED, "exit code 1"));
        awaitUntil(() -> bench.hooks.requests().size() == 1, "the barrier's message");
        dispatcher.close();

        assertThat(bench.hooks.requests()).singleElement().satisfies(request ->
                assertThat(request.body()).contains("barrier").doesNotContain("interrupted"));
        assertThat(bench.core.deliveryLog().count(DeliveryQuery.ALL)).isEqualTo(1);
    }

    @Test
    void closingFailsTheLinesQuietHoursHeldAndWritesNothingAfterwards() {
        bench.core.channelService().update(channel.id(), new ChannelEdit("ops", channel.maskedUrl(), true, channel.template(), channel.perMinute(),
                new io.kumo.alerts.QuietHours(java.time.LocalTime.of(5, 0), java.time.LocalTime.of(7, 0), java.time.ZoneOffset.UTC),
                channel.logLines()));
        dispatcher.channelsChanged();
        dispatcher.runChanged(ended(1, "at-night", RunStatus.FAILED, "exit code 1"));
        awaitUntil(() -> bench.timers.pending() == 1, "held until the quiet hours end");

        dispatcher.close();
        bench.clock.advance(Duration.ofHours(2));
        bench.timers.runDue();

        assertThat(bench.hooks.requests()).isEmpty();
        assertThat(bench.core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(line.error()).isEqualTo(AlertDispatcher.UNFINISHED);
        });
    }

    private Run ended(long id, String task, RunStatus status, String error) {
        Run run = new Run(1000 + id, task, TriggerKind.MANUAL, bench.clock.instant(), status);
        run.setId(id);
        run.setAttempt(1);
        run.setError(error);
        run.setStartedAt(bench.clock.instant().minusMillis(500));
        run.setEndedAt(bench.clock.instant());
        return run;
    }
}
