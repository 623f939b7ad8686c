package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.ApiState;
import io.kumo.common.Observable;
import io.kumo.ui.common.FxThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The REST API section's status line follows the server's published state on the FX thread. */
class ApiServerModelTest {

    final Observable<ApiState> state = new Observable<>(ApiState.OFF);
    final List<String> opened = new ArrayList<>();
    final StringProperty address = new SimpleStringProperty("127.0.0.1:8765");
    final StringProperty certificate = new SimpleStringProperty("");
    boolean browserMissing;
    ApiServerModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void create() throws Exception {
        model = FxThread.call(() -> new ApiServerModel(state, (url, cannot) -> {
            opened.add(url);
            if (browserMissing) {
                cannot.run();
            }
        }, address, certificate));
        FxThread.call(() -> {
            model.activate();
            return null;
        });
    }

    @Test
    void offUntilTheServerStarts() throws Exception {
        assertThat(fx(() -> model.status().textProperty().get())).isEqualTo("Off");
        assertThat(fx(() -> model.urlProperty().get())).isEmpty();
        assertThat(fx(() -> model.urlOf("/api/v1/hooks/abc"))).isEqualTo("/api/v1/hooks/abc");
    }

    @Test
    void listeningShowsTheUrlAndFullTriggerUrls() throws Exception {
        state.set(ApiState.starting());
        assertThat(settled(() -> model.status().textProperty().get())).isEqualTo("Starting…");
        state.set(ApiState.listening("https://127.0.0.1:8765"));

        assertThat(settled(() -> model.status().textProperty().get())).isEqualTo("Listening on https://127.0.0.1:8765");
        assertThat(fx(() -> model.status().toneProperty().get())).isEqualTo(StatusLine.Tone.GOOD);
        assertThat(fx(() -> model.urlOf("/api/v1/hooks/abc"))).isEqualTo("https://127.0.0.1:8765/api/v1/hooks/abc");
    }

    @Test
    void aFailedStartIsSaidInTheErrorTone() throws Exception {
        state.set(ApiState.failed("port 8765 is in use"));

        assertThat(settled(() -> model.status().textProperty().get())).isEqualTo("Could not start: port 8765 is in use");
        assertThat(fx(() -> model.status().toneProperty().get())).isEqualTo(StatusLine.Tone.BAD);
        assertThat(fx(() -> model.urlProperty().get())).isEmpty();
    }

    @Test
    void openDocsOpensTheDocsPageAndSaysWhenNoBrowserCan() throws Exception {
        state.set(ApiState.listening("http://127.0.0.1:8765"));
        settled(() -> null);
        browserMissing = true;
        fx(() -> {
            model.openDocs();
            return null;
        });

        assertThat(opened).containsExactly("http://127.0.0.1:8765/api/v1/docs");
        assertThat(fx(() -> model.notice().textProperty().get())).contains("open http://127.0.0.1:8765/api/v1/docs in a browser");
    }

    @Test
    void anAddressOtherComputersReachAsksForACertificate() throws Exception {
        fx(() -> {
            address.set("0.0.0.0:8765");
            return null;
        });
        assertThat(fx(() -> model.addressHintProperty().get())).contains("give a TLS certificate and key");

        fx(() -> {
            certificate.set("/etc/kumo/cert.pem");
            return null;
        });
        assertThat(fx(() -> model.addressHintProperty().get())).isEmpty();
        fx(() -> {
            certificate.set("");
            address.set("8765");
            return null;
        });
        assertThat(fx(() -> model.addressHintProperty().get())).isEmpty();
    }

    @Test
    void afterDeactivateTheLineNoLongerFollows() throws Exception {
        fx(() -> {
            model.deactivate();
            return null;
        });
        state.set(ApiState.listening("http://127.0.0.1:8765"));

        assertThat(settled(() -> model.status().textProperty().get())).isEqualTo("Off");
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return FxThread.call(action);
    }

    /** After the coalesced update the state change queued on the FX thread. */
    private static <T> T settled(Callable<T> action) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return FxThread.call(action);
    }
}
