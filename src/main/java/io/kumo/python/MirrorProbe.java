package io.kumo.python;

import io.kumo.settings.ProxyRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mirror "test" action: fetches the index's root page and checks that it is a PEP 503 {@code /simple/} page
 * (HTML with project links) or its PEP 691 JSON form. Goes through the proxy settings, as pip does.
 */
public final class MirrorProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> proxyEnvironment;

    /** @param proxyEnvironment HTTP_PROXY / HTTPS_PROXY / NO_PROXY as runs get them */
    public MirrorProbe(Map<String, String> proxyEnvironment) {
        this.proxyEnvironment = proxyEnvironment;
    }

    public record Result(boolean ok, String message) {
    }

    public Result test(String url) {
        String checked;
        try {
            checked = MirrorService.validate(url);
        } catch (RuntimeException e) {
            return new Result(false, e.getMessage());
        }
        URI uri = URI.create(checked.endsWith("/") ? checked : checked + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL);
        builder.proxy(new ProxyRoutes(() -> proxyEnvironment));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/vnd.pypi.simple.v1+json, text/html;q=0.5").GET().build();
        try (HttpClient client = builder.build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Result(false, "HTTP " + response.statusCode() + " from " + uri + ": not a package index page");
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            String body = response.body();
            if (type.contains("application/vnd.pypi.simple") && body.contains("\"projects\"")) {
                return new Result(true, uri + " serves a package index (PEP 691 JSON)");
            }
            long links = LINK.matcher(body).results().count();
            if (links > 0) {
                return new Result(true, uri + " serves a package index with " + links + " project" + (links == 1 ? "" : "s"));
            }
            return new Result(false, uri + " answered, but with no project links: is this the index's /simple/ URL?");
        } catch (IOException e) {
            return new Result(false, "Cannot reach " + uri + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Test of " + uri + " interrupted");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
