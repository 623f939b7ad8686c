package io.kumo.api.http;

import io.kumo.api.ApiToken;
import java.util.Optional;

/** Finds the token a bearer secret is: {@code core.apiTokens()::authenticate} in the running app. */
@FunctionalInterface
public interface TokenAuthenticator {
    /** The token, unless the secret is unknown or the token expired. */
    Optional<ApiToken> authenticate(String secret);
}
