package io.kumo.api.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable text for tokens, trigger ids and trigger secrets: base64url without padding of fresh random bytes. */
final class RandomText {

    private final SecureRandom random = new SecureRandom();

    String of(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
