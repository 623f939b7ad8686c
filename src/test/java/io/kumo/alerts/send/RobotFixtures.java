package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** What the chat-robot sender tests share: a failure message and a transport to a loopback server. */
final class RobotFixtures {

    static final AlertMessage FAILED = new AlertMessage("nightly-etl failed", "Exit code **3** after 2 m", EventKind.FAILURE,
            Severity.FAILURE, Map.of());
    static final Duration WAIT = Duration.ofSeconds(10);

    private RobotFixtures() {
    }

    static HttpTransport transport() {
        return new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(5), WAIT);
    }
}
