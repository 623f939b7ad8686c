package io.kumo.api;

import java.time.Instant;
import java.util.Optional;

/** A REST API token as lists show it: never its secret. */
public record ApiToken(long id, String name, ApiRole role, Instant createdAt, Optional<Instant> expiresAt,
                       Optional<Instant> lastUsedAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt.isPresent() && !now.isBefore(expiresAt.get());
    }
}
