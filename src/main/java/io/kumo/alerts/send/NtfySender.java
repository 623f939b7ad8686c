package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.NtfySpec;
import java.time.Clock;

/** Contract stub: the `mail` engineer builds it. */
public final class NtfySender {

    public NtfySender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, NtfySpec channel) {
        throw new UnsupportedOperationException();
    }
}
