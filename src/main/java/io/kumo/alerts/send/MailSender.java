package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.MailSpec;

/** Contract stub: the `mail` engineer builds it. */
public final class MailSender {

    public MailSender(java.time.Duration connectTimeout, java.time.Duration ioTimeout) {
    }

    public SendResult send(AlertMessage message, MailSpec channel) {
        throw new UnsupportedOperationException();
    }
}
