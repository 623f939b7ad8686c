package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DingTalkSpec;
import java.time.Clock;

/** Contract stub: the `china` engineer builds it. */
public final class DingTalkSender {

    public DingTalkSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, DingTalkSpec channel) {
        throw new UnsupportedOperationException();
    }
}
