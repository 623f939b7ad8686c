package io.kumo.rest;

import io.kumo.api.ApiRole;
import java.util.Optional;

/** Who may call a route: the server checks this before the handler runs. */
public enum Access {
    /** No token: health, the OpenAPI document and its page. */
    OPEN(null),
    /** No token: the handler checks the trigger's own secret (its failures count toward the client's rate limit). */
    HOOK(null),
    /** A viewer token, or none when the user opened /metrics (Settings: "Serve /metrics without a token"). */
    METRICS(ApiRole.VIEWER),
    VIEWER(ApiRole.VIEWER),
    OPERATOR(ApiRole.OPERATOR),
    ADMIN(ApiRole.ADMIN);

    private final ApiRole role;

    Access(ApiRole role) {
        this.role = role;
    }

    /** The role a token needs; empty where no token is asked for. */
    public Optional<ApiRole> role() {
        return Optional.ofNullable(role);
    }
}
