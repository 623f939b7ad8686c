package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.ChannelSpec;
import io.kumo.alerts.RawUrl;
import io.kumo.alerts.Templates;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The engine's side of alerts: hearing a run change only offers a snapshot, whatever the channels and the store do. */
class AlertDispatcherIntakeTest {

    private static final int CALLS = 10_000;

    @TempDir
    Path dataDir;
    private KumoCore core;
    private final CountDownLatch never = new CountDownLatch(1);

    @BeforeEach
    void open() {
        core = TestCores.open(dataDir);
    }

    @AfterEach
    void close() {
        never.countDown();
        core.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only: returning at all is the assertion
    void tenThousandRunEndsAllReturnWhileTheSenderBlocksForever() {
        AlertDispatcher dispatcher = dispatcher(new RecordingJournal(), DeliveryLanesTest.blocksUntil(never));

        for (int i = 1; i <= CALLS; i++) {
            dispatcher.runChanged(failed(i));
        }

        assertThat(dispatcher.accepted() + dispatcher.dropped()).isEqualTo(CALLS);
        dispatcher.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStuckAlertsThreadFillsTheBoundedIntakeAndTheRestAreCountedAsDropped() {
        RecordingJournal hangs = new RecordingJournal().hanging();
        AlertDispatcher dispatcher = dispatcher(hangs, (message, channel) -> new SendResult.Delivered("HTTP 200"));

        for (int i = 1; i <= CALLS; i++) {
            dispatcher.runChanged(failed(i));
        }

        assertThat(dispatcher.accepted() + dispatcher.dropped()).isEqualTo(CALLS);
        assertThat(dispatcher.accepted()).isGreaterThanOrEqualTo(AlertDispatcher.INTAKE);
        assertThat(dispatcher.dropped()).isPositive();
        hangs.release();
        dispatcher.close();
    }

    @Test
    void withoutAChannelNothingIsTakenAndNoThreadStarts() {
        AlertDispatcher dispatcher = new AlertDispatcher(List::of, new RecordingJournal(), facts(), (message, channel) -> null,
                core.clock(), AlertTimers.onThread(core.clock()));
        dispatcher.channelsChanged();
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();

        dispatcher.runChanged(failed(1));

        assertThat(dispatcher.accepted()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> !before.contains(thread))
                .noneMatch(thread -> thread.getName().startsWith("kumo-alert"));
        dispatcher.close();
    }

    private AlertDispatcher dispatcher(RecordingJournal journal, ChannelSender sender) {
        AlertDispatcher dispatcher = new AlertDispatcher(() -> List.of(channel()), journal, facts(), sender, core.clock(),
                AlertTimers.onThread(core.clock()));
        dispatcher.channelsChanged();
        return dispatcher;
    }

    private AlertFacts facts() {
        return new AlertFacts(core.runHistory(), core.tasks()::findById, core.projects()::findById, (name, limit) -> List.of());
    }

    static LiveChannel channel() {
        ChannelView view = new ChannelView(1, "ops", ChannelKind.JSON, "json://127.0.0.1:9/", true, true,
                List.of(AlertRule.defaultFor(1)), Templates.DEFAULT, 0, null, 20);
        return new LiveChannel(view, new ChannelSpec() {
            @Override
            public ChannelKind kind() {
                return ChannelKind.JSON;
            }

            @Override
            public RawUrl url(boolean maskSecrets) {
                return RawUrl.parse("json://127.0.0.1:9/");
            }

            @Override
            public List<String> secrets() {
                return List.of();
            }
        });
    }

    static Run failed(long id) {
        Run run = new Run(7, "nightly", TriggerKind.CRON, Instant.parse("2026-03-01T06:00:00Z"), RunStatus.FAILED);
        run.setId(id);
        run.setAttempt(1);
        run.setExitCode(3);
        run.setStartedAt(Instant.parse("2026-03-01T06:00:00Z"));
        run.setEndedAt(Instant.parse("2026-03-01T06:00:01Z"));
        return run;
    }
}
