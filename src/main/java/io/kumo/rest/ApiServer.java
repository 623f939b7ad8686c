package io.kumo.rest;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API's HTTP server (Javalin on Jetty): serves the given routes behind the {@link AccessGuard}, answers
 * every error as {@code {"error": ...}}, logs each request at DEBUG (never its headers or query).
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** How long stopping waits for requests in flight to get their answers. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    /** How often open log streams check that their token still authenticates. */
    static final Duration STREAM_RECHECK = Duration.ofSeconds(15);

    private final Javalin javalin;
    private final String url;
    private final LiveStreams streams;
    private final ScheduledExecutorService recheck;
    private boolean closed; // guarded by this

    private ApiServer(Javalin javalin, String url, LiveStreams streams) {
        this.javalin = javalin;
        this.url = url;
        this.streams = streams;
        this.recheck = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kumo-api-streams").factory());
        recheck.scheduleWithFixedDelay(streams::recheck, STREAM_RECHECK.toMillis(), STREAM_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Listens and serves; returns once it accepts connections.
     *
     * @throws ApiStartException with a one-line reason (port in use, bad address, TLS files unusable...)
     */
    public static ApiServer start(ApiListen listen, List<ApiRoute> routes, TokenAuthenticator tokens,
                                  BooleanSupplier metricsOpen, FailedAttemptLimiter limiter) {
        LiveStreams streams = new LiveStreams(LiveStreams.MAX_PER_TOKEN);
        AccessGuard guard = new AccessGuard(tokens, metricsOpen, limiter, streams);
        if (listen.tls().isEmpty() && !listen.address().isLoopback()) {
            throw new ApiStartException("binding to " + listen.address().host() + " needs a TLS certificate and key"
                    + " (Settings → REST API, or --api-cert/--api-key)");
        }
        KeyStore keys = listen.tls().map(files -> {
            try {
                return PemKeyStore.load(files.certificate(), files.key());
            } catch (PemKeyStore.TlsSetupException e) {
                throw new ApiStartException(e.getMessage());
            }
        }).orElse(null);
        Javalin javalin = Javalin.create(config -> configure(config, listen, keys, routes, guard));
        try {
            javalin.start(listen.address().host(), listen.address().port());
        } catch (JavalinBindException e) {
            javalin.stop();
            throw new ApiStartException("port " + listen.address().port() + " on " + listen.address().host()
                    + " is in use by another program (choose another address in Settings → REST API or with --api)");
        } catch (RuntimeException e) {
            javalin.stop();
            throw new ApiStartException("cannot listen on " + listen.address() + ": " + rootMessage(e));
        }
        int port = ((ServerConnector) javalin.jettyServer().server().getConnectors()[0]).getLocalPort();
        return new ApiServer(javalin, listen.address().url(keys != null, port), streams);
    }

    private static void configure(JavalinConfig config, ApiListen listen, KeyStore keys, List<ApiRoute> routes,
                                  AccessGuard guard) {
        JavalinBasics.apply(config);
        config.http.maxRequestSize = AccessGuard.MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(JavalinBasics.error(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // the exception's text may name files or SQL: it goes to the log only, the caller gets a reference to it
            String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            LOG.error("The REST API failed on {} {} (ref {})", ctx.method(), ctx.path(), reference, e);
            ctx.status(500).json(JavalinBasics.error("internal error (ref " + reference + "), see Kumo's log"));
        });
        // stopping lets the requests in flight finish (new ones get 503) for up to STOP_TIMEOUT
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.setHandler(new GracefulHandler());
        });
        config.requestLogger.http((ctx, millis) -> LOG.debug("{} {} -> {} as {} in {} ms", ctx.method(), ctx.path(),
                ctx.statusCode(), java.util.Objects.requireNonNullElse(ctx.<String>attribute(AccessGuard.ACTOR_ATTRIBUTE), "-"), Math.round(millis)));
        for (ApiRoute route : routes) {
            config.routes.addHttpHandler(route.method().handlerType(), route.path(), guard.guard(route));
            if (route.method() == ApiMethod.GET && route.access() != Access.OPEN) {
                // Javalin would answer HEAD itself, 200 without the guard: refused instead
                config.routes.addHttpHandler(HandlerType.HEAD, route.path(), ctx -> {
                    ctx.header("Allow", "GET");
                    throw new ApiException(405, "HEAD is not served here; send GET with a token");
                });
            }
        }
        if (keys != null) {
            config.jetty.addConnector((server, http) -> httpsConnector(server, http, keys, listen));
        }
    }

    private static ServerConnector httpsConnector(Server server, HttpConfiguration http, KeyStore keys, ApiListen listen) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keys);
        ssl.setKeyStorePassword(new String(PemKeyStore.PASSWORD));
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // clients may call by IP or another name than the certificate's
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(https));
        connector.setHost(listen.address().host());
        connector.setPort(listen.address().port());
        return connector;
    }

    /** {@code https://127.0.0.1:8765}: the scheme, host and the port it bound. */
    public String url() {
        return url;
    }

    /**
     * Stops listening, ends the open log streams, lets the other requests in flight finish and answer (for up to
     * {@link #STOP_TIMEOUT}), then stops. Idempotent; a second caller returns once the first is done.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        recheck.shutdownNow();
        streams.closeAll();
        javalin.stop();
    }

    /** Ends the log streams whose token no longer authenticates (done every {@link #STREAM_RECHECK} by itself). */
    void recheckStreams() {
        streams.recheck();
    }

    int openStreams() {
        return streams.count();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Why the server could not start, in one line for the Settings pane and the headless console. */
    public static final class ApiStartException extends RuntimeException {
        public ApiStartException(String message) {
            super(message);
        }
    }
}
