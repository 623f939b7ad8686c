package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.MailSpec;
import io.kumo.alerts.Rendering;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Sends a message over SMTP with Jakarta Mail (Angus): one {@code multipart/alternative} mail (plain text and HTML),
 * on a session of its own (never the JVM-wide default one), with bounded connect, read and write times (Angus waits
 * forever otherwise). Never turns on {@code mail.debug}: it would print the login.
 *
 * <p>{@code mailto://} without a mode uses STARTTLS when the server offers it, as the issue asks; a server that
 * offers none gets the login and the mail in clear. A channel with a password should name {@code ?mode=starttls}
 * (refuses a server without STARTTLS) or use {@code mailtos://}.
 */
public final class MailSender {

    private final Duration connectTimeout;
    private final Duration ioTimeout;
    private final Map<String, String> extraProperties;

    public MailSender(Duration connectTimeout, Duration ioTimeout) {
        this(connectTimeout, ioTimeout, Map.of());
    }

    /** @param extraProperties session properties on top of Kumo's (tests: trust a test server's certificate) */
    public MailSender(Duration connectTimeout, Duration ioTimeout, Map<String, String> extraProperties) {
        this.connectTimeout = connectTimeout;
        this.ioTimeout = ioTimeout;
        this.extraProperties = Map.copyOf(extraProperties);
    }

    public SendResult send(AlertMessage message, MailSpec channel) {
        return send(message, channel, null);
    }

    /** As above, with {@code attachment} (null: none) after the text: {@code multipart/mixed} around the alternative. */
    public SendResult send(AlertMessage message, MailSpec channel, MailAttachment attachment) {
        String protocol = channel.security() == MailSpec.Security.TLS ? "smtps" : "smtp";
        Session session = Session.getInstance(properties(channel, protocol));
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(channel.host(), channel.port(), channel.user(), channel.password());
            MimeMessage mail = compose(session, message, channel, attachment);
            transport.sendMessage(mail, mail.getAllRecipients());
            return new SendResult.Delivered(MailFailures.replyLine(transport));
        } catch (MessagingException e) {
            return MailFailures.of(e, channel);
        }
    }

    private Properties properties(MailSpec channel, String protocol) {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", channel.host());
        properties.setProperty(prefix + "port", String.valueOf(channel.port()));
        properties.setProperty(prefix + "connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        properties.setProperty(prefix + "timeout", String.valueOf(ioTimeout.toMillis()));
        properties.setProperty(prefix + "writetimeout", String.valueOf(ioTimeout.toMillis()));
        properties.setProperty(prefix + "auth", String.valueOf(channel.user() != null && channel.password() != null));
        properties.setProperty(prefix + "from", channel.from());
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (channel.security() == MailSpec.Security.OPPORTUNISTIC || channel.security() == MailSpec.Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
        }
        if (channel.security() == MailSpec.Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.required", "true");
        }
        extraProperties.forEach(properties::setProperty);
        return properties;
    }

    private static MimeMessage compose(Session session, AlertMessage message, MailSpec channel, MailAttachment attachment)
            throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(sender(channel));
        mail.setRecipients(Message.RecipientType.TO, addresses(channel.to()));
        if (!channel.cc().isEmpty()) {
            mail.setRecipients(Message.RecipientType.CC, addresses(channel.cc()));
        }
        if (!channel.bcc().isEmpty()) {
            mail.setRecipients(Message.RecipientType.BCC, addresses(channel.bcc()));
        }
        mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("X-Kumo-Event", message.event().word());
        String runId = message.details().get("run_id");
        if (runId != null) {
            mail.setHeader("X-Kumo-Run", runId);
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(Rendering.plainText(message.markdown()), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(Rendering.html(message.markdown()), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart body = new MimeMultipart("alternative", text, html);
        if (attachment == null) {
            mail.setContent(body);
        } else {
            MimeBodyPart both = new MimeBodyPart();
            both.setContent(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mail.setContent(new MimeMultipart("mixed", both, file));
        }
        return mail;
    }

    private static InternetAddress sender(MailSpec channel) throws MessagingException {
        InternetAddress from = new InternetAddress(channel.from(), true);
        if (channel.name() != null) {
            try {
                from.setPersonal(channel.name(), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return from;
    }

    private static InternetAddress[] addresses(List<String> list) throws MessagingException {
        InternetAddress[] addresses = new InternetAddress[list.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(list.get(i), true);
        }
        return addresses;
    }
}
