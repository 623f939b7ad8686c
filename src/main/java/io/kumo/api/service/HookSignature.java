package io.kumo.api.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** GitHub's webhook signature: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes, keyed by the secret. */
final class HookSignature {

    static final String SCHEME = "sha256=";
    private static final int HEX_DIGITS = 64;

    private HookSignature() {
    }

    /** Whether {@code header} signs {@code body} with {@code secret}; compared in constant time. */
    static boolean matches(String header, String secret, byte[] body) {
        return digest(header).map(given -> MessageDigest.isEqual(hmac(secret, body), given)).orElse(false);
    }

    /** The 32 bytes of a well-formed header ({@code sha256=} and 64 hex digits, any case); empty otherwise. */
    private static Optional<byte[]> digest(String header) {
        String text = header.strip();
        if (!text.toLowerCase(Locale.ROOT).startsWith(SCHEME) || text.length() != SCHEME.length() + HEX_DIGITS) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(text.substring(SCHEME.length()).toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
