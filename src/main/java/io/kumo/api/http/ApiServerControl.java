package io.kumo.api.http;

import io.kumo.api.ApiAddress;
import io.kumo.api.ApiState;
import io.kumo.api.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import io.kumo.settings.SettingKey;
import io.kumo.settings.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this instance's REST API server: on when the setting says so or the command line asked, restarted when an API
 * setting changes, stopped when turned off or when the instance closes. Publishes {@link KumoCore#apiState()}; a
 * failed start is logged and shown there, never thrown. Jetty starts and stops on one thread of its own, since
 * settings listeners may run on the FX thread.
 */
public final class ApiServerControl implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServerControl.class);
    private static final Set<SettingKey<?>> SERVER_SETTINGS =
            Set.of(Settings.API_ENABLED, Settings.API_ADDRESS, Settings.API_TLS_CERT, Settings.API_TLS_KEY);

    /**
     * What {@code kumo --api HOST:PORT --api-cert FILE --api-key FILE} asked for this run: any of them turns the API
     * on and wins over the settings (which stay as they are).
     */
    public record Overrides(Optional<String> address, Optional<Path> certificate, Optional<Path> key) {
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty());

        boolean asked() {
            return address.isPresent() || certificate.isPresent() || key.isPresent();
        }
    }

    private final KumoCore core;
    private final Overrides overrides;
    private final KumoMetrics metrics;
    private final FailedAttemptLimiter limiter;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "kumo-api-control"));
    private final BiConsumer<SettingKey<?>, Object> settingsListener = (key, value) -> {
        if (SERVER_SETTINGS.contains(key)) {
            submit(this::apply);
        }
    };
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private ApiServer server; // touched only on the control's thread

    private ApiServerControl(KumoCore core, Overrides overrides) {
        this.core = core;
        this.overrides = overrides;
        this.metrics = KumoMetrics.attach(core);
        this.limiter = new FailedAttemptLimiter(core.clock());
    }

    /** Starts the server if it should run, and returns once it listens or could not start (see the core's api state). */
    public static ApiServerControl start(KumoCore core, Overrides overrides) {
        ApiServerControl control = new ApiServerControl(core, overrides);
        core.settings().addListener(control.settingsListener);
        control.submit(control::apply);
        control.awaitSettled();
        return control;
    }

    /** The metrics this instance counts (served at /metrics when the API is on). */
    public KumoMetrics metrics() {
        return metrics;
    }

    /** Waits until every start or stop asked for so far is done. */
    public void awaitSettled() {
        try {
            thread.submit(() -> { }).get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("The REST API did not settle", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: nothing runs
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        core.settings().removeListener(settingsListener);
        submit(this::stopServer);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The REST API server did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
        core.apiState().set(ApiState.OFF);
    }

    private void submit(Runnable work) {
        try {
            thread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the server stays stopped
        }
    }

    private void apply() {
        stopServer();
        if (!overrides.asked() && !core.settings().get(Settings.API_ENABLED)) {
            core.apiState().set(ApiState.OFF);
            return;
        }
        core.apiState().set(ApiState.starting());
        try {
            ApiListen listen = listen();
            server = ApiServer.start(listen, ApiCatalog.routes(core, metrics), core.apiTokens()::authenticate,
                    () -> core.settings().get(Settings.API_METRICS_OPEN), limiter);
            LOG.info("REST API listening on {}", server.url());
            core.apiState().set(ApiState.listening(server.url()));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof ApiServer.ApiStartException) {
                LOG.warn("The REST API could not start: {}", reason);
            } else {
                LOG.warn("The REST API could not start: {}", reason, e);
            }
            core.apiState().set(ApiState.failed(reason));
        }
    }

    private ApiListen listen() {
        ApiAddress address = ApiAddress.parse(overrides.address().orElseGet(() -> core.settings().get(Settings.API_ADDRESS)));
        Optional<Path> certificate = overrides.certificate().or(() -> path(Settings.API_TLS_CERT));
        Optional<Path> key = overrides.key().or(() -> path(Settings.API_TLS_KEY));
        if (certificate.isPresent() != key.isPresent()) {
            throw new ApiServer.ApiStartException("HTTPS needs both a TLS certificate and its private key; only the "
                    + (certificate.isPresent() ? "certificate" : "key") + " is set");
        }
        return new ApiListen(address, certificate.map(c -> new ApiListen.TlsFiles(c, key.orElseThrow())));
    }

    private Optional<Path> path(SettingKey<String> key) {
        return Optional.of(core.settings().get(key).strip()).filter(text -> !text.isEmpty()).map(Path::of);
    }

    private void stopServer() {
        if (server != null) {
            try {
                server.close();
            } catch (RuntimeException e) {
                LOG.warn("The REST API server did not stop cleanly", e);
            }
            server = null;
            LOG.info("REST API stopped");
        }
    }

    /** The one line headless mode prints about the API, if it was asked for. */
    public static Optional<String> consoleLine(ApiState state) {
        return switch (state.phase()) {
            case LISTENING -> Optional.of("REST API listening on " + state.url().orElseThrow());
            case FAILED -> Optional.of("REST API could not start: " + state.error().orElseThrow());
            default -> Optional.empty();
        };
    }
}
