package io.kumo.api.http;

import io.kumo.api.ApiAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and how the API server listens: the address, and the PEM certificate chain and key when it serves HTTPS.
 *
 * @param tls certificate and key files, together or not at all
 */
public record ApiListen(ApiAddress address, Optional<TlsFiles> tls) {

    public record TlsFiles(Path certificate, Path key) {
    }

    public static ApiListen plain(ApiAddress address) {
        return new ApiListen(address, Optional.empty());
    }
}
