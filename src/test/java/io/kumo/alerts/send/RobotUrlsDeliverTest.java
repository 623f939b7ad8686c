package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A robot's URL as a user types it reaches its vendor's endpoint through {@link Senders}. */
class RobotUrlsDeliverTest {

    @AutoClose
    private final LocalWebhookServer server = LocalWebhookServer.start();
    @AutoClose
    private final HttpTransport http = RobotFixtures.transport();

    @ParameterizedTest
    @CsvSource({"dingtalk://SECabc123@tok456/13800000000, /robot/send",
            "wecombot://key-789, /cgi-bin/webhook/send",
            "feishu://secret12@hook-345, /open-apis/bot/v2/hook/hook-345"})
    void aTypedUrlWithBaseIsDeliveredToTheVendorsPathOnThatServer(String url, String path) {
        Senders senders = new Senders(http, new MailSender(Duration.ofSeconds(5), Duration.ofSeconds(5)), Clock.systemUTC());
        AlertMessage message = new AlertMessage("Kumo test", "It works.", EventKind.TEST, Severity.INFO, Map.of());

        SendResult result = senders.send(message, ChannelUrl.parse(url + "?base=" + server.base()));

        assertThat(result.delivered()).as(String.valueOf(result.error())).isTrue();
        assertThat(server.next(RobotFixtures.WAIT).path()).isEqualTo(path);
    }
}
