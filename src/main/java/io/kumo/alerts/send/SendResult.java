package io.kumo.alerts.send;

import java.time.Duration;

/** How one attempt to deliver went. Errors are one line, masked: no token, password or signature in them. */
public sealed interface SendResult {

    /** The service took it ({@code detail}: what it answered, e.g. "HTTP 204", "250 OK"). */
    record Delivered(String detail) implements SendResult {
    }

    /** Failed for now (refused connection, time-out, 408/429/5xx, a vendor's rate-limit code); {@code retryAfter} may be null. */
    record Retry(String error, Duration retryAfter) implements SendResult {
    }

    /** Refused for good (bad token, 4xx, a vendor error code): retrying would not help. */
    record Failed(String error) implements SendResult {
    }

    default boolean delivered() {
        return this instanceof Delivered;
    }

    /** The error line, or null when delivered. */
    default String error() {
        return switch (this) {
            case Delivered ignored -> null;
            case Retry retry -> retry.error();
            case Failed failed -> failed.error();
        };
    }
}
