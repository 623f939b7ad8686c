package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.TeamsSpec;
import java.time.Clock;

/** Contract stub: the `chat` engineer builds it. */
public final class TeamsSender {

    public TeamsSender(HttpTransport http, Clock clock) {
    }

    public SendResult send(AlertMessage message, TeamsSpec channel) {
        throw new UnsupportedOperationException();
    }
}
