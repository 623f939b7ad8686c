package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.WeComSpec;
import java.time.Clock;

/** Contract stub: the `china` engineer builds it. */
public final class WeComSender {

    public WeComSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, WeComSpec channel) {
        throw new UnsupportedOperationException();
    }
}
