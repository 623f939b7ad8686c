package io.kumo.alerts.send;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A webhook's answer: status, body (text) and headers (names lower-case). */
public record HttpAnswer(int status, String body, Map<String, List<String>> headers) {

    public boolean is2xx() {
        return status / 100 == 2;
    }

    /** 408, 429 and 5xx: worth another try later. */
    public boolean isTransient() {
        return status == 408 || status == 429 || status / 100 == 5;
    }

    /** The {@code Retry-After} header in seconds, when the server sent one. */
    public Optional<Duration> retryAfter() {
        return headers.getOrDefault("retry-after", List.of()).stream().findFirst().flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
