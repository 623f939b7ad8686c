package io.kumo.alerts.send;

import io.kumo.alerts.MailSpec;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * What an SMTP failure means for delivery. Refused for good ({@link SendResult.Failed}): authentication failed, a 5xx
 * reply, an invalid address, a TLS failure, STARTTLS required but not offered. Worth another try
 * ({@link SendResult.Retry}): a refused or lost connection, no answer in time, a 4xx reply. The text is the server's
 * reply line (or what went wrong on the wire) and the server, masked.
 */
final class MailFailures {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245])\\d\\d\\b");

    private MailFailures() {
    }

    static SendResult of(MessagingException failure, MailSpec channel) {
        String where = channel.host() + ":" + channel.port();
        IOException wire = wireCause(failure);
        if (wire instanceof SSLException) {
            return new SendResult.Failed(ErrorText.mask(ErrorText.of(wire, where), channel.secrets()));
        }
        if (wire != null) {
            return new SendResult.Retry(ErrorText.mask(ErrorText.of(wire, where), channel.secrets()), null);
        }
        MessagingException reply = innermostReply(failure);
        String line = ErrorText.mask(ErrorText.firstLine(reply.getMessage()) + " (" + where + ")", channel.secrets());
        if (!(failure instanceof AuthenticationFailedException) && replyClass(reply) == 4) {
            return new SendResult.Retry(line, null);
        }
        return new SendResult.Failed(line);
    }

    /** The server's last reply after a delivery ("250 OK"), or a plain word when the transport does not keep it. */
    static String replyLine(Transport transport) {
        if (transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null) {
            return ErrorText.firstLine(smtp.getLastServerResponse());
        }
        return "sent";
    }

    private static IOException wireCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** The most specific SMTP reply: a rejected address's own reply rather than "Invalid Addresses". */
    private static MessagingException innermostReply(MessagingException failure) {
        MessagingException reply = failure;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException || cause instanceof SMTPSendFailedException
                    || cause instanceof SMTPSenderFailedException) {
                reply = (MessagingException) cause;
            }
        }
        return reply;
    }

    private static int replyClass(MessagingException reply) {
        int code = switch (reply) {
            case SMTPAddressFailedException address -> address.getReturnCode();
            case SMTPSenderFailedException sender -> sender.getReturnCode();
            case SMTPSendFailedException send -> send.getReturnCode();
            default -> {
                Matcher matcher = REPLY_CODE.matcher(String.valueOf(reply.getMessage()));
                yield matcher.find() ? Integer.parseInt(matcher.group(1)) * 100 : 0;
            }
        };
        return code / 100;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
