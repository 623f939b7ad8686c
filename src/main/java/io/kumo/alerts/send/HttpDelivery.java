package io.kumo.alerts.send;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One HTTP attempt turned into a {@link SendResult}: 2xx delivered; 408, 429 and 5xx worth another try (honouring
 * {@code Retry-After}); any other answer refused for good; no connection or no answer in time worth another try. Every
 * error text is masked with the channel's secrets and names the host, never the URL.
 */
final class HttpDelivery {

    private final HttpTransport http;

    HttpDelivery(HttpTransport http) {
        this.http = http;
    }

    /**
     * @param describe the error line of a non-2xx answer (the vendor's error shape)
     * @param secrets  what to mask in that line
     */
    SendResult send(String method, URI uri, Map<String, String> headers, String json, List<String> secrets,
                    Function<HttpAnswer, String> describe) {
        try {
            HttpAnswer answer = http.send(method, uri, headers, json);
            if (answer.is2xx()) {
                return new SendResult.Delivered("HTTP " + answer.status());
            }
            String error = ErrorText.mask(describe.apply(answer), secrets);
            return answer.isTransient() ? new SendResult.Retry(error, answer.retryAfter().orElse(null)) : new SendResult.Failed(error);
        } catch (IOException e) {
            return new SendResult.Retry(ErrorText.mask(ErrorText.of(e, where(uri)), secrets), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Retry("interrupted before " + where(uri) + " answered", null);
        }
    }

    /** {@code Basic base64(user:password)}; a missing password counts as empty. */
    static String basic(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String where(URI uri) {
        return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
