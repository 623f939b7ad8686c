package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.MailSpec;
import io.kumo.alerts.Severity;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailSenderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ops@example.com", "kumo", "s3cr:t@pw"));

    private static final AlertMessage FAILED = new AlertMessage("[Kumo] backup failed ✗", "Task **backup** failed — exit code 2",
            EventKind.FAILURE, Severity.FAILURE, Map.of("run_id", "42", "task", "backup"));

    private final MailSender sender = new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Map.of("mail.smtps.ssl.trust", "127.0.0.1", "mail.smtps.ssl.checkserveridentity", "false"));

    /** A busy shared machine can take more than GreenMail's default 2 s to start the TLS server: a hang guard, not a speed test. */
    private static ServerSetup[] patient(ServerSetup... setups) {
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(30_000);
        }
        return setups;
    }

    private static MailSpec spec(String url) {
        return (MailSpec) ChannelUrl.parse(url);
    }

    private static String smtp(String userInfo, String query) {
        return "mailto://" + userInfo + "127.0.0.1:" + MAIL.getSmtp().getPort() + "?" + query;
    }

    @Test
    void deliversToEveryRecipientWithSubjectBothPartsAndKumoHeaders() throws Exception {
        SendResult result = sender.send(FAILED, spec(smtp("kumo:s3cr%3At%40pw@",
                "from=kumo@example.com&name=Kumo&to=ops@example.com,dev@example.com&cc=lead@example.com&mode=insecure")));

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        assertThat(MAIL.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[Kumo] backup failed ✗");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("ops@example.com", "dev@example.com");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.CC)).map(Object::toString)).containsExactly("lead@example.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Kumo <kumo@example.com>");
        assertThat(mail.getHeader("X-Kumo-Event", null)).isEqualTo("failure");
        assertThat(mail.getHeader("X-Kumo-Run", null)).isEqualTo("42");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("backup").contains("failed — exit code 2").doesNotContain("**");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>backup</strong>");
    }

    @Test
    void deliversOverImplicitTls() throws Exception {
        SendResult result = sender.send(FAILED, spec("mailtos://kumo:s3cr%3At%40pw@127.0.0.1:" + MAIL.getSmtps().getPort()
                + "?from=kumo@example.com&to=ops@example.com"));

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).isEqualTo("[Kumo] backup failed ✗");
    }

    @Test
    void wrongPasswordFailsForGoodWithTheServersReplyAndNoPassword() {
        SendResult result = sender.send(FAILED, spec(smtp("kumo:wrong-pass-123@", "from=kumo@example.com&to=ops@example.com")));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("535").doesNotContain("wrong-pass-123");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStarttlsThatTheServerDoesNotOfferFailsForGood() {
        SendResult result = sender.send(FAILED, spec(smtp("", "to=ops@example.com&mode=starttls")));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("STARTTLS is required");
    }

    @Test
    void refusedConnectionIsWorthAnotherTry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SendResult result = sender.send(FAILED, spec("mailto://127.0.0.1:" + closedPort + "?to=ops@example.com"));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).contains("connection refused").contains("127.0.0.1:" + closedPort);
    }

    @Test
    void silentServerIsWorthAnotherTryAfterTheReadTimeout() throws IOException {
        MailSender impatient = new MailSender(Duration.ofSeconds(5), Duration.ofMillis(300));
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket ignored = silent.accept()) {
                    ignored.getInputStream().read();
                } catch (IOException closed) {
                    // the test closed the socket: done
                }
            });
            SendResult result = impatient.send(FAILED, spec("mailto://127.0.0.1:" + silent.getLocalPort() + "?to=ops@example.com"));

            assertThat(result).isInstanceOf(SendResult.Retry.class);
            assertThat(result.error()).contains("no answer in time");
        }
    }
}
