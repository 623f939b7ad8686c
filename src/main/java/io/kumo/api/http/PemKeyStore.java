package io.kumo.api.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory key store from the PEM files users get from their CA or openssl: a certificate chain (one or more
 * {@code CERTIFICATE} blocks, the server's first) and its unencrypted PKCS#8 private key (RSA or EC).
 */
public final class PemKeyStore {

    public static final String ALIAS = "kumo-api";
    /** The store lives only in memory; Jetty wants a password for it all the same. */
    public static final char[] PASSWORD = "in-memory".toCharArray();

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final String CONVERT = "convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem";

    private PemKeyStore() {
    }

    /** @throws TlsSetupException with a one-line reason when a file is unreadable or not what it should be */
    public static KeyStore load(Path certificateFile, Path keyFile) {
        List<Certificate> chain = certificates(read(certificateFile, "certificate"), certificateFile);
        PrivateKey key = privateKey(read(keyFile, "private key"), keyFile);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, PASSWORD, chain.toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException("the TLS key does not fit the certificate " + certificateFile + ": " + e.getMessage());
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new TlsSetupException("the TLS " + what + " " + file + " is unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static List<Certificate> certificates(String pem, Path file) {
        List<Certificate> chain = new ArrayList<>();
        Matcher block = BLOCK.matcher(pem);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (block.find()) {
                if (block.group(1).equals("CERTIFICATE")) {
                    chain.add(factory.generateCertificate(new ByteArrayInputStream(decode(block.group(2), file))));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("the TLS certificate " + file + " is not a valid X.509 certificate: " + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw new TlsSetupException("the TLS certificate " + file + " holds no -----BEGIN CERTIFICATE----- block");
        }
        return chain;
    }

    private static PrivateKey privateKey(String pem, Path file) {
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            switch (block.group(1)) {
                case "PRIVATE KEY" -> {
                    return pkcs8(decode(block.group(2), file), file);
                }
                case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new TlsSetupException("the TLS key " + file
                        + " is in the old " + block.group(1) + " format; Kumo reads PKCS#8 (BEGIN PRIVATE KEY): " + CONVERT);
                case "ENCRYPTED PRIVATE KEY" -> throw new TlsSetupException("the TLS key " + file
                        + " is encrypted; Kumo needs it without a passphrase: " + CONVERT);
                default -> {
                    // a certificate or parameters block in the same file: look further
                }
            }
        }
        throw new TlsSetupException("the TLS key " + file + " holds no -----BEGIN PRIVATE KEY----- block");
    }

    private static PrivateKey pkcs8(byte[] der, Path file) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // not this algorithm: try the next
            }
        }
        throw new TlsSetupException("the TLS key " + file + " is not an RSA or EC PKCS#8 private key");
    }

    private static byte[] decode(String base64, Path file) {
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new TlsSetupException(file + " is not valid PEM: " + e.getMessage());
        }
    }

    /** Why the TLS files could not be used, in one line. */
    public static final class TlsSetupException extends RuntimeException {
        public TlsSetupException(String message) {
            super(message);
        }
    }
}
