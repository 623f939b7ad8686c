package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.ApiState;
import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerControlTest {

    @TempDir
    Path dataDir;

    private KumoCore core;
    private ApiServerControl control;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void open() {
        core = TestCores.open(dataDir);
        core.startEngine(new OsProcessLauncher(), System.getenv()); // as KumoCommand does before starting the control
    }

    @AfterEach
    void close() {
        if (control != null) {
            control.close();
        }
        core.close();
    }

    @Test
    void offByDefaultNothingListens() throws Exception {
        int port = freePort();
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + port);
        control = ApiServerControl.start(core, ApiServerControl.Overrides.NONE);
        assertThat(core.apiState().get()).isEqualTo(ApiState.OFF);
        assertRefused("http://127.0.0.1:" + port);
    }

    @Test
    void theSettingsTurnItOnMoveItAndTurnItOff() throws Exception {
        control = ApiServerControl.start(core, ApiServerControl.Overrides.NONE);
        int first = freePort();
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + first);
        core.settings().set(Settings.API_ENABLED, true);
        control.awaitSettled();
        assertThat(core.apiState().get()).isEqualTo(ApiState.listening("http://127.0.0.1:" + first));
        assertThat(health("http://127.0.0.1:" + first)).isEqualTo(200);

        int second = freePort();
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + second);
        control.awaitSettled();
        assertThat(core.apiState().get()).isEqualTo(ApiState.listening("http://127.0.0.1:" + second));
        assertThat(health("http://127.0.0.1:" + second)).isEqualTo(200);
        assertRefused("http://127.0.0.1:" + first);

        core.settings().set(Settings.API_ENABLED, false);
        control.awaitSettled();
        assertThat(core.apiState().get()).isEqualTo(ApiState.OFF);
        assertRefused("http://127.0.0.1:" + second);
    }

    @Test
    void theCommandLineTurnsItOnForThisRunWithoutTheSetting() throws Exception {
        control = ApiServerControl.start(core, new ApiServerControl.Overrides(Optional.of("0"), Optional.empty(), Optional.empty()));
        ApiState state = core.apiState().get();
        assertThat(state.phase()).isEqualTo(ApiState.Phase.LISTENING);
        assertThat(health(state.url().orElseThrow())).isEqualTo(200);
        assertThat(core.settings().get(Settings.API_ENABLED)).isFalse();
    }

    @Test
    void aPortInUseIsAFailedStateWithTheReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            control = ApiServerControl.start(core, new ApiServerControl.Overrides(
                    Optional.of("127.0.0.1:" + taken.getLocalPort()), Optional.empty(), Optional.empty()));
            assertThat(core.apiState().get()).isEqualTo(ApiState.failed("port " + taken.getLocalPort()
                    + " on 127.0.0.1 is in use by another program (choose another address in Settings → REST API or with --api)"));
        }
    }

    @Test
    void anyAddressWithoutACertificateIsRefused() {
        core.settings().set(Settings.API_ADDRESS, "0.0.0.0:0");
        core.settings().set(Settings.API_ENABLED, true);
        control = ApiServerControl.start(core, ApiServerControl.Overrides.NONE);
        assertThat(core.apiState().get()).isEqualTo(ApiState.failed(
                "binding to 0.0.0.0 needs a TLS certificate and key (Settings → REST API, or --api-cert/--api-key)"));
    }

    @Test
    void closingStopsTheServerAndShowsOff() throws Exception {
        control = ApiServerControl.start(core, new ApiServerControl.Overrides(Optional.of("0"), Optional.empty(), Optional.empty()));
        String url = core.apiState().get().url().orElseThrow();
        control.close();
        control.close();
        assertThat(core.apiState().get()).isEqualTo(ApiState.OFF);
        assertRefused(url);
    }

    @Test
    void theChangesOfOneApplyRestartTheServerOnce() throws Exception {
        // a debounce no test waits for: awaitSettled applies what is pending at once
        control = ApiServerControl.start(core, ApiServerControl.Overrides.NONE, Duration.ofHours(1));
        int first = freePort();
        int second = freePort();
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + first);
        core.settings().set(Settings.API_ENABLED, true);
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + second);
        control.awaitSettled();
        assertThat(control.starts()).isEqualTo(1);
        assertThat(core.apiState().get()).isEqualTo(ApiState.listening("http://127.0.0.1:" + second));
        assertThat(health("http://127.0.0.1:" + second)).isEqualTo(200);
    }

    @Test
    void aRestartWaitingForMoreChangesIsDroppedAtClose() throws Exception {
        control = ApiServerControl.start(core, ApiServerControl.Overrides.NONE, Duration.ofHours(1));
        int port = freePort();
        core.settings().set(Settings.API_ADDRESS, "127.0.0.1:" + port);
        core.settings().set(Settings.API_ENABLED, true);
        control.close();
        assertThat(core.apiState().get()).isEqualTo(ApiState.OFF);
        assertRefused("http://127.0.0.1:" + port);
    }

    @Test
    void withTheCommandLineASettingsChangeIsNotedNotSilentlyIgnored() throws Exception {
        control = ApiServerControl.start(core, new ApiServerControl.Overrides(Optional.of("0"), Optional.empty(), Optional.empty()));
        String url = core.apiState().get().url().orElseThrow();
        core.settings().set(Settings.API_ENABLED, true);
        core.settings().set(Settings.API_ENABLED, false);
        control.awaitSettled();
        ApiState state = core.apiState().get();
        assertThat(state.phase()).isEqualTo(ApiState.Phase.LISTENING);
        assertThat(state.url()).contains(url);
        assertThat(state.error()).contains(ApiServerControl.OVERRIDDEN);
        assertThat(control.starts()).isEqualTo(1);
        assertThat(health(url)).isEqualTo(200);
    }

    @Test
    void aSecondCloseReturnsOnlyOnceTheFirstHasStopped() throws Exception {
        control = ApiServerControl.start(core, new ApiServerControl.Overrides(Optional.of("0"), Optional.empty(), Optional.empty()));
        String url = core.apiState().get().url().orElseThrow();
        Thread first = Thread.ofPlatform().start(control::close);
        control.close();
        assertThat(core.apiState().get()).isEqualTo(ApiState.OFF);
        assertRefused(url);
        first.join();
    }

    private int health(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void assertRefused(String url) {
        assertThatThrownBy(() -> health(url)).isInstanceOf(ConnectException.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
