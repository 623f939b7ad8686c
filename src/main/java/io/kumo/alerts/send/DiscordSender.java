package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DiscordSpec;
import java.time.Clock;

/** Contract stub: the `chat` engineer builds it. */
public final class DiscordSender {

    public DiscordSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, DiscordSpec channel) {
        throw new UnsupportedOperationException();
    }
}
