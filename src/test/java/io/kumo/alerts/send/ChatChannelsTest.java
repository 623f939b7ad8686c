package io.kumo.alerts.send;

import static io.kumo.alerts.send.WebhookFixture.WAIT;
import static io.kumo.alerts.send.WebhookFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.ChannelSpec;
import io.kumo.alerts.ChannelUrl;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A URL as a user types it, through {@link Senders}, reaches the vendor's path on the server {@code ?base=} names. */
class ChatChannelsTest {

    final WebhookFixture hooks = new WebhookFixture();
    final LocalWebhookServer server = hooks.server;
    final Senders senders = new Senders(hooks.http, new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(5)), Clock.systemUTC());

    @AfterEach
    void close() {
        hooks.close();
    }

    SendResult send(String url) {
        ChannelSpec spec = ChannelUrl.parse(url + (url.contains("?") ? "&" : "?") + "base=" + server.base());
        return senders.send(message(), spec);
    }

    @Test
    void aSlackUrlReachesItsWebhook() {
        server.answerAlways(200, "ok");

        assertThat(send("slack://T0A1B2C3D/B4E5F6G7H/xYz0123456789AbCdEfGhIjK/#ops").delivered()).isTrue();
        assertThat(server.next(WAIT).path()).isEqualTo("/services/T0A1B2C3D/B4E5F6G7H/xYz0123456789AbCdEfGhIjK");
    }

    @Test
    void aTeamsWorkflowsUrlReachesItsTrigger() {
        server.answerAlways(202, "");

        assertThat(send("msteams://prod-1.westeurope.logic.azure.com/workflows/abc123/triggers/manual/paths/invoke?api-version=2016-06-01&sig=S1g").delivered()).isTrue();
        LocalWebhookServer.Request request = server.next(WAIT);
        assertThat(request.path()).isEqualTo("/workflows/abc123/triggers/manual/paths/invoke");
        assertThat(request.rawQuery()).isEqualTo("api-version=2016-06-01&sig=S1g");
    }

    @Test
    void aDiscordUrlReachesItsWebhook() {
        server.answerAlways(204, "");

        assertThat(send("discord://Kumo@112233/t0k3n_-x").delivered()).isTrue();
        assertThat(server.next(WAIT).path()).isEqualTo("/api/webhooks/112233/t0k3n_-x");
    }

    @Test
    void aTelegramUrlReachesItsBot() {
        server.answerAlways(200, "{\"ok\":true}");

        assertThat(send("tgram://123456:ABC-def_9/-100200300").delivered()).isTrue();
        assertThat(server.next(WAIT).path()).isEqualTo("/bot123456:ABC-def_9/sendMessage");
    }
}
