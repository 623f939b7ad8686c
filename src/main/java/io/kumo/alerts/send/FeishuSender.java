package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.FeishuSpec;
import java.time.Clock;

/** Contract stub: the `china` engineer builds it. */
public final class FeishuSender {

    public FeishuSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, FeishuSpec channel) {
        throw new UnsupportedOperationException();
    }
}
