package io.kumo.api;

/** A trigger URL just made: {@code secret} (for the query token or the HMAC signature) is shown this once. */
public record CreatedHook(HookTrigger hook, String secret) {
}
