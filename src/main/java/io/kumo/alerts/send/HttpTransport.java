package io.kumo.alerts.send;

import io.kumo.settings.ProxyRoutes;
import java.io.IOException;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The JDK HTTP client every webhook sender uses: built on first use, through the proxy settings, never following a
 * redirect (a redirect would carry a token elsewhere). Each request is bounded as a whole, body included: the JDK's
 * own request timer stops once the headers arrive, so a server that sends headers and then stalls would otherwise
 * hold a sender for ever. An answer's body is read up to {@link #BODY_MAX} bytes. Once closed, in-flight requests
 * are aborted and no new one is sent.
 */
public final class HttpTransport implements AutoCloseable {

    /** The most of an answer's body that is read: enough for any vendor's error. */
    static final int BODY_MAX = 64 * 1024;
    /** How long {@link #close} waits for aborted requests to let go. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ProxySelector proxies;
    private final Authenticator proxyLogin;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private HttpClient client;
    private boolean closed;

    /** @param proxies {@link HttpClient.Builder#NO_PROXY} for none; {@link ProxyRoutes} also answers its proxies' logins */
    public HttpTransport(ProxySelector proxies, Duration connectTimeout, Duration requestTimeout) {
        this(proxies, proxies instanceof ProxyRoutes routes ? routes.login() : null, connectTimeout, requestTimeout);
    }

    /** @param proxyLogin answers a proxy's 407 (null: none); it should answer nothing but proxy requests */
    public HttpTransport(ProxySelector proxies, Authenticator proxyLogin, Duration connectTimeout, Duration requestTimeout) {
        this.proxies = proxies;
        this.proxyLogin = proxyLogin;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Sends any method; a null body sends none. Headers a caller gives win over the defaults.
     *
     * @throws HttpTimeoutException when connecting and the whole answer took longer than the two time-outs together
     * @throws IOException          also when this transport is closed
     */
    public HttpAnswer send(String method, URI uri, Map<String, String> headers, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", "Kumo")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::setHeader);
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request.build(), info -> new CappedBody(BODY_MAX));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(connectTimeout.plus(requestTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer in time");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return new HttpAnswer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers().map().entrySet()
                .stream().collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a)));
    }

    private synchronized HttpClient client() throws IOException {
        if (closed) {
            throw new IOException("Kumo is shutting down");
        }
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().proxy(proxies).connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (proxyLogin != null) {
                builder.authenticator(proxyLogin);
            }
            client = builder.build();
        }
        return client;
    }

    /** Aborts requests in flight and refuses new ones; waits a bounded time for the client's threads to end. */
    @Override
    public void close() {
        HttpClient open;
        synchronized (this) {
            closed = true;
            open = client;
            client = null;
        }
        if (open != null) {
            open.shutdownNow();
            try {
                open.awaitTermination(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
