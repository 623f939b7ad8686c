package io.kumo.alerts.service;

import io.kumo.alerts.send.HttpTransport;
import io.kumo.alerts.send.MailSender;
import io.kumo.alerts.send.Senders;
import io.kumo.app.KumoCore;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real core and local webhook server, and a dispatcher over them whose timers run when the test says. */
final class DispatcherBench implements AutoCloseable {

    final MutableClock clock = new MutableClock(TestCores.T0);
    final KumoCore core;
    final LocalWebhookServer hooks = LocalWebhookServer.start();
    final HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(5), Duration.ofSeconds(10));
    final ManualTimers timers = new ManualTimers(clock);
    private AlertDispatcher dispatcher;

    DispatcherBench(Path dir) {
        core = TestCores.open(dir, clock);
    }

    /** The dispatcher, made on first call, with the channels as they stand. */
    AlertDispatcher dispatcher() {
        if (dispatcher == null) {
            dispatcher = new AlertDispatcher(core.channelService()::liveChannels, DeliveryJournal.of(core.deliveryLog()),
                    new AlertFacts(core.runHistory(), core.tasks()::findById, core.projects()::findById, (name, limit) -> List.of()),
                    new Senders(http, new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(10)), clock), clock, timers);
            dispatcher.channelsChanged();
        }
        return dispatcher;
    }

    @Override
    public void close() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        http.close();
        hooks.close();
        core.close();
    }
}
