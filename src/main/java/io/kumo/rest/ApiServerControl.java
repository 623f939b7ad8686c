package io.kumo.rest;

import io.kumo.api.ApiAddress;
import io.kumo.api.ApiState;
import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import io.kumo.settings.SettingKey;
import io.kumo.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs this instance's REST API server: on when the setting says so or the command line asked, restarted when an API
 * setting changes, stopped when turned off or when the instance closes. Publishes {@link KumoCore#apiState()}; a
 * failed start is logged and shown there, never thrown. Jetty starts and stops on one thread of its own, since
 * settings listeners may run on the FX thread. Setting changes within {@link #DEBOUNCE} of each other (one Apply in
 * Settings sets several keys) restart it once. Started with {@code --api}, it keeps the command line's listening and
 * says so in the state and the log when a setting changes ({@link #OVERRIDDEN}).
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

    /** How long after an API setting changed the server restarts, so that the changes of one Apply restart it once. */
    static final Duration DEBOUNCE = Duration.ofMillis(300);
    /** The note shown with the state when a setting changed while the command line's --api rules. */
    static final String OVERRIDDEN = "started with --api: changes in Settings → REST API apply at the next start";

    private final KumoCore core;
    private final Overrides overrides;
    private final Duration debounce;
    private final KumoMetrics metrics;
    private final FailedAttemptLimiter limiter;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "kumo-api-control"));
    private final AtomicBoolean changed = new AtomicBoolean();
    private final BiConsumer<SettingKey<?>, Object> settingsListener = (key, value) -> {
        if (SERVER_SETTINGS.contains(key) && changed.compareAndSet(false, true)) {
            schedule(this::applyChanged);
        }
    };
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ApiServer server; // touched only on the control's thread
    private int starts; // touched only on the control's thread

    private ApiServerControl(KumoCore core, Overrides overrides, Duration debounce) {
        this.core = core;
        this.overrides = overrides;
        this.debounce = debounce;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a restart waiting for more changes is dropped at close
        this.metrics = KumoMetrics.attach(core);
        this.limiter = new FailedAttemptLimiter(core.clock());
    }

    /** Starts the server if it should run, and returns once it listens or could not start (see the core's api state). */
    public static ApiServerControl start(KumoCore core, Overrides overrides) {
        return start(core, overrides, DEBOUNCE);
    }

    static ApiServerControl start(KumoCore core, Overrides overrides, Duration debounce) {
        ApiServerControl control = new ApiServerControl(core, overrides, debounce);
        core.settings().addListener(control.settingsListener);
        control.submit(control::apply);
        control.awaitSettled();
        return control;
    }

    /** The metrics this instance counts (served at /metrics when the API is on). */
    public KumoMetrics metrics() {
        return metrics;
    }

    /** Waits until every start or stop asked for so far is done (a restart still waiting for more changes runs now). */
    public void awaitSettled() {
        try {
            thread.submit(this::applyChanged).get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("The REST API did not settle", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: nothing runs
        }
    }

    /** How many times it started a server (on the control's thread: call after {@link #awaitSettled()}). */
    int starts() {
        try {
            return thread.submit(() -> starts).get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server, letting the requests in flight answer (see {@link ApiServer#close()}). Idempotent; a second
     * caller (the shutdown hook racing the normal exit) returns once the first is done.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            try {
                if (!stopped.await(40, TimeUnit.SECONDS)) {
                    LOG.warn("The REST API server did not stop within 40 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            closeOnce();
        } finally {
            stopped.countDown();
        }
    }

    private void closeOnce() {
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

    private void schedule(Runnable work) {
        try {
            thread.schedule(work, debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the server stays stopped
        }
    }

    /** Applies the settings once for every change noted since the last time (on the control's thread). */
    private void applyChanged() {
        if (!changed.getAndSet(false) || closed.get()) {
            return; // nothing new, or closing: a restart waiting for more changes must not start a server again
        }
        if (overrides.asked()) {
            LOG.info("A REST API setting changed; the REST API was {}", OVERRIDDEN);
            ApiState now = core.apiState().get();
            if (now.error().filter(error -> error.endsWith(OVERRIDDEN)).isPresent()) {
                return;
            }
            core.apiState().set(new ApiState(now.phase(), now.url(), Optional.of(now.error()
                    .filter(error -> now.phase() == ApiState.Phase.FAILED).map(error -> error + "; ").orElse("") + OVERRIDDEN)));
            return;
        }
        apply();
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
            starts++;
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
