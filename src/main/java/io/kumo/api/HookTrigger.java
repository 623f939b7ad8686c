package io.kumo.api;

import java.time.Instant;
import java.util.Optional;

/** A trigger URL, {@code /api/v1/hooks/{publicId}}, as lists show it: never its secret. */
public record HookTrigger(String publicId, HookTarget target, Instant createdAt, Optional<Instant> lastCalledAt) {

    public static final String PATH_PREFIX = "/api/v1/hooks/";

    public String path() {
        return PATH_PREFIX + publicId;
    }
}
