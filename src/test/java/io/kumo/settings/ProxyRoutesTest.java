package io.kumo.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.JsonSpec;
import io.kumo.alerts.Severity;
import io.kumo.alerts.send.HttpTransport;
import io.kumo.alerts.send.JsonSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.audit.AuditService;
import io.kumo.store.Database;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.LoggerFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyRoutesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AlertMessage TEST = new AlertMessage("test", "a test", EventKind.TEST, Severity.INFO, Map.of());

    @TempDir
    Path dir;
    private final Clock clock = TestCores.fixedClock();
    private final LocalWebhookServer proxy = LocalWebhookServer.start();
    private Database database;
    private SettingsService settings;
    private HttpTransport http;
    private JsonSender sender;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        settings = new SettingsService(database, new AuditService(database, clock, TestCores.ACTOR), clock);
        http = new HttpTransport(new ProxyRoutes(settings), WAIT, WAIT);
        sender = new JsonSender(http, clock);
    }

    @AfterEach
    void close() {
        http.close();
        proxy.close();
        database.close();
    }

    @Test
    void aProxySetAfterStartCarriesTheWebhookToAnHostOnlyItCanReach() {
        settings.set(Settings.HTTP_PROXY, proxy.base());

        SendResult result = sender.send(TEST, (JsonSpec) ChannelUrl.parse("json://alerts.invalid/hook"));

        assertThat(result.delivered()).isTrue();
        LocalWebhookServer.Request request = proxy.next(WAIT);
        assertThat(request.target()).isEqualTo("http://alerts.invalid/hook");
        assertThat(request.header("Host")).isEqualTo("alerts.invalid");
    }

    @Test
    void aHostInNoProxyGoesDirect() {
        try (LocalWebhookServer hook = LocalWebhookServer.start()) {
            settings.set(Settings.HTTP_PROXY, proxy.base());
            settings.set(Settings.NO_PROXY, "localhost, 127.0.0.1");

            SendResult result = sender.send(TEST, (JsonSpec) ChannelUrl.parse("json://127.0.0.1:" + hook.port() + "/hook"));

            assertThat(result.delivered()).isTrue();
            assertThat(hook.next(WAIT).target()).isEqualTo("/hook");
            assertThat(proxy.requests()).isEmpty();
        }
    }

    @Test
    void httpsUsesTheHttpsProxyAndNoSettingMeansDirect() {
        ProxyRoutes routes = new ProxyRoutes(settings);
        assertThat(routes.select(URI.create("https://hooks.example.com/x"))).containsExactly(Proxy.NO_PROXY);

        settings.set(Settings.HTTPS_PROXY, "proxy.example.com:3128");

        Proxy chosen = routes.select(URI.create("https://hooks.example.com/x")).getFirst();
        assertThat(chosen.type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(chosen.address().toString()).contains("proxy.example.com").endsWith(":3128");
        assertThat(routes.select(URI.create("http://hooks.example.com/x"))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void noProxyCoversSubdomainsButNotLookalikes() {
        settings.set(Settings.HTTP_PROXY, "proxy.example.com:3128");
        settings.set(Settings.NO_PROXY, "example.org");
        ProxyRoutes routes = new ProxyRoutes(settings);

        assertThat(routes.select(URI.create("http://hooks.example.org/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("http://example.org/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("http://badexample.org/x")).getFirst().type()).isEqualTo(Proxy.Type.HTTP);
    }

    @Test
    void aLoginInTheProxySettingAnswersTheProxysChallenge() {
        proxy.thenAnswer(new LocalWebhookServer.Answer(407, "login first", Map.of("Proxy-Authenticate", "Basic realm=\"office\"")));
        settings.set(Settings.HTTP_PROXY, "http://ops:pa%40ss@127.0.0.1:" + proxy.port());

        SendResult result = sender.send(TEST, (JsonSpec) ChannelUrl.parse("json://alerts.invalid/hook"));

        assertThat(result.delivered()).isTrue();
        assertThat(proxy.next(WAIT).header("Proxy-Authorization")).isNull();
        assertThat(proxy.next(WAIT).header("Proxy-Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ops:pa@ss".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theProxyLoginIsGivenToThatProxyOnlyAndNeverToAWebServer() throws Exception {
        Authenticator login = new ProxyRoutes(() -> Map.of("HTTP_PROXY", "http://ops:secret@proxy.example.com:3128")).login();

        PasswordAuthentication toProxy = Authenticator.requestPasswordAuthentication(login, "proxy.example.com", null, 3128, "http",
                "office", "Basic", new URL("http://alerts.example.com/hook"), Authenticator.RequestorType.PROXY);
        PasswordAuthentication toServer = Authenticator.requestPasswordAuthentication(login, "proxy.example.com", null, 3128, "http",
                "office", "Basic", new URL("http://alerts.example.com/hook"), Authenticator.RequestorType.SERVER);
        PasswordAuthentication toOtherProxy = Authenticator.requestPasswordAuthentication(login, "evil.example.com", null, 3128, "http",
                "office", "Basic", new URL("http://alerts.example.com/hook"), Authenticator.RequestorType.PROXY);

        assertThat(toProxy.getUserName()).isEqualTo("ops");
        assertThat(new String(toProxy.getPassword())).isEqualTo("secret");
        assertThat(toServer).isNull();
        assertThat(toOtherProxy).isNull();
    }

    @Test
    void anUnreadableProxyValueMeansDirectWithOneWarningThatNeverShowsTheValue() {
        Logger logger = (Logger) LoggerFactory.getLogger(ProxyRoutes.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            ProxyRoutes routes = new ProxyRoutes(() -> Map.of("HTTP_PROXY", "http://ops:s3cret@proxy host:3128"));

            assertThat(routes.select(URI.create("http://alerts.example.com/hook"))).containsExactly(Proxy.NO_PROXY);
            assertThat(routes.select(URI.create("http://alerts.example.com/hook"))).containsExactly(Proxy.NO_PROXY);

            assertThat(logged.list).hasSize(1);
            assertThat(logged.list.getFirst().getLevel()).isEqualTo(Level.WARN);
            assertThat(logged.list.getFirst().getFormattedMessage()).contains("HTTP_PROXY").doesNotContain("s3cret", "ops", "proxy host");
        } finally {
            logger.detachAppender(logged);
        }
    }
}
