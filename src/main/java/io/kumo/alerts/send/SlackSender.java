package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.SlackSpec;
import java.time.Clock;

/** Contract stub: the `chat` engineer builds it. */
public final class SlackSender {

    public SlackSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, SlackSpec channel) {
        throw new UnsupportedOperationException();
    }
}
