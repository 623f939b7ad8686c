package io.kumo.api;

/** A token just created: {@code secret} is shown this once (only its hash is stored). */
public record CreatedToken(ApiToken token, String secret) {
}
