package io.kumo.ui.settings;

import java.time.Duration;
import java.util.Optional;

/** How long a new REST API token lasts, as the New token dialog offers it. */
enum TokenExpiry {
    NEVER("Never", null),
    WEEK("7 days", Duration.ofDays(7)),
    MONTH("30 days", Duration.ofDays(30)),
    QUARTER("90 days", Duration.ofDays(90)),
    YEAR("1 year", Duration.ofDays(365));

    private final String label;
    private final Duration lifetime;

    TokenExpiry(String label, Duration lifetime) {
        this.label = label;
        this.lifetime = lifetime;
    }

    Optional<Duration> lifetime() {
        return Optional.ofNullable(lifetime);
    }

    @Override
    public String toString() {
        return label;
    }
}
