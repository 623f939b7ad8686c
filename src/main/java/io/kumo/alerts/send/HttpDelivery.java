package io.kumo.alerts.send;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        return judged(method, uri, headers, json, secrets,
                answer -> answer.is2xx() ? new SendResult.Delivered("HTTP " + answer.status()) : refused(answer, describe.apply(answer)));
    }

    /**
     * The same attempt for a vendor whose answer needs its own reading (a 200 that still refuses, a retry delay in the
     * body): {@code judge} reads every answer, and the error line it gives is masked with {@code secrets}.
     */
    SendResult judged(String method, URI uri, Map<String, String> headers, String json, List<String> secrets,
                      Function<HttpAnswer, SendResult> judge) {
        try {
            return masked(judge.apply(http.send(method, uri, headers, json)), secrets);
        } catch (IOException e) {
            return new SendResult.Retry(ErrorText.mask(ErrorText.of(e, where(uri)), secrets), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Retry("interrupted before " + where(uri) + " answered", null);
        }
    }

    /** Retry when the answer is worth another try (408, 429, 5xx; after its {@code Retry-After}), else Failed. */
    static SendResult refused(HttpAnswer answer, String error) {
        return answer.isTransient() ? new SendResult.Retry(error, answer.retryAfter().orElse(null)) : new SendResult.Failed(error);
    }

    private static SendResult masked(SendResult result, List<String> secrets) {
        return switch (result) {
            case SendResult.Delivered delivered -> delivered;
            case SendResult.Retry retry -> new SendResult.Retry(ErrorText.mask(retry.error(), secrets), retry.retryAfter());
            case SendResult.Failed failed -> new SendResult.Failed(ErrorText.mask(failed.error(), secrets));
        };
    }

    /** Headers for a JSON body (names case-insensitive, so a channel's own header replaces the default). */
    static Map<String, String> jsonHeaders() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", "application/json; charset=utf-8");
        return headers;
    }

    /**
     * Sets {@code Authorization: Basic base64(user:password)} (a missing password counts as empty) and adds the Base64
     * to {@code secrets}, so an answer or a proxy page that echoes the header is masked like the password itself.
     */
    static void basic(Map<String, String> headers, List<String> secrets, String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        headers.put("Authorization", "Basic " + encoded);
        secrets.add(encoded);
    }

    private static String where(URI uri) {
        return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
