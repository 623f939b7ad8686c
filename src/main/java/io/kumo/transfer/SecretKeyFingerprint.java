package io.kumo.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Names a {@code secret.key} without revealing it: the first 16 hex digits of its SHA-256 (the key is 256 random bits,
 * so nothing of it can be guessed from them). An import compares the export's with the target's to know whether the
 * sealed secrets it brings can be opened there.
 */
public final class SecretKeyFingerprint {

    private SecretKeyFingerprint() {
    }

    /** The fingerprint of the key in {@code keyFile}; empty when there is no such file. */
    public static Optional<String> of(Path keyFile) {
        if (!Files.isRegularFile(keyFile)) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(keyFile));
            return Optional.of(HexFormat.of().formatHex(digest, 0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keyFile + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
