package io.kumo.api.service;

import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.audit.AuditService;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * REST API tokens: made (shown once), listed, revoked, and checked on every request. Only a token's SHA-256 is stored;
 * creating and revoking are audited. The window, {@code kumo api token} and the API's own token endpoints call this.
 */
public final class ApiTokenService {

    public ApiTokenService(Database database, AuditService audit, Clock clock) {
        // TODO issue 23 (tokens part)
    }

    /**
     * A new token named {@code name} (the audit log's actor for what it does) with {@code role}, valid for
     * {@code lifetime} or without end.
     *
     * @throws io.kumo.common.ValidationException for a name taken or not valid, or a lifetime not positive
     */
    public CreatedToken create(String name, ApiRole role, Optional<Duration> lifetime) {
        throw new UnsupportedOperationException("issue 23");
    }

    /** Every token, by name. */
    public List<ApiToken> list() {
        throw new UnsupportedOperationException("issue 23");
    }

    /** @throws io.kumo.common.ValidationException when no token has that name */
    public void revoke(String name) {
        throw new UnsupportedOperationException("issue 23");
    }

    /** The token this secret is, unless unknown or expired; notes when it was last used. Time-constant in the secret. */
    public Optional<ApiToken> authenticate(String secret) {
        throw new UnsupportedOperationException("issue 23");
    }

    /** {@code 30d}, {@code 12h}, {@code 90m}, {@code 2w}: a token's lifetime as the CLI and the window take it. */
    public static Duration lifetime(String text) {
        throw new UnsupportedOperationException("issue 23");
    }
}
