package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.JsonSpec;
import java.time.Clock;

/** Contract stub: the `mail` engineer builds it. */
public final class JsonSender {

    public JsonSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, JsonSpec channel) {
        throw new UnsupportedOperationException();
    }
}
