package io.kumo.alerts.send;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The JDK HTTP client every webhook sender uses: built on first use, through the proxy settings, with bounded
 * connect and request times, and never following a redirect (a redirect would carry a token elsewhere).
 */
public final class HttpTransport implements AutoCloseable {

    private final ProxySelector proxies;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private HttpClient client;

    /** @param proxies {@link HttpClient.Builder#NO_PROXY} for none */
    public HttpTransport(ProxySelector proxies, Duration connectTimeout, Duration requestTimeout) {
        this.proxies = proxies;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** POSTs a JSON body. */
    public HttpAnswer postJson(URI uri, Map<String, String> headers, String json) throws IOException, InterruptedException {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.put("Content-Type", "application/json; charset=utf-8");
        all.putAll(headers);
        return send("POST", uri, all, json);
    }

    /** Sends any method; a null body sends none. Headers a caller gives win over the defaults. */
    public HttpAnswer send(String method, URI uri, Map<String, String> headers, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", "Kumo")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::setHeader);
        HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new HttpAnswer(response.statusCode(), response.body(), response.headers().map().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a)));
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().proxy(proxies).connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
