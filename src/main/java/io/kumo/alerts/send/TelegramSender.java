package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.TelegramSpec;
import java.time.Clock;

/** Contract stub: the `chat` engineer builds it. */
public final class TelegramSender {

    public TelegramSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, TelegramSpec channel) {
        throw new UnsupportedOperationException();
    }
}
