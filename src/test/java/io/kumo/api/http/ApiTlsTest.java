package io.kumo.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.ApiAddress;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTlsTest {

    private static final String KEYTOOL = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool";
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesHttpsWithAnRsaPemCertificateAndKey() throws Exception {
        Path store = selfSigned("RSA");
        server = start(new ApiListen.TlsFiles(certificatePem(store), keyPem(store)));
        assertThat(server.url()).startsWith("https://127.0.0.1:");
        HttpResponse<String> answer = trusting(store).send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("pong");
    }

    @Test
    void servesHttpsWithAnEcKey() throws Exception {
        Path store = selfSigned("EC");
        server = start(new ApiListen.TlsFiles(certificatePem(store), keyPem(store)));
        assertThat(trusting(store).send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/ping")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void anOldRsaKeyFileIsRefusedWithTheConversionCommand() throws Exception {
        Path store = selfSigned("RSA");
        Path pkcs1 = Files.writeString(dir.resolve("old.pem"), Files.readString(keyPem(store)).replace("PRIVATE KEY", "RSA PRIVATE KEY"));
        assertThatThrownBy(() -> start(new ApiListen.TlsFiles(certificatePem(store), pkcs1)))
                .isInstanceOf(ApiServer.ApiStartException.class)
                .hasMessage("the TLS key " + pkcs1 + " is in the old RSA PRIVATE KEY format; Kumo reads PKCS#8"
                        + " (BEGIN PRIVATE KEY): convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem");
    }

    @Test
    void aMissingCertificateIsRefusedNamingTheFile() throws Exception {
        Path store = selfSigned("RSA");
        Path missing = dir.resolve("nope.pem");
        assertThatThrownBy(() -> start(new ApiListen.TlsFiles(missing, keyPem(store))))
                .isInstanceOf(ApiServer.ApiStartException.class)
                .hasMessageStartingWith("the TLS certificate " + missing + " is unreadable");
        Path notPem = Files.writeString(dir.resolve("text.pem"), "hello");
        assertThatThrownBy(() -> start(new ApiListen.TlsFiles(notPem, keyPem(store))))
                .hasMessage("the TLS certificate " + notPem + " holds no -----BEGIN CERTIFICATE----- block");
    }

    private ApiServer start(ApiListen.TlsFiles tls) {
        ApiRoute ping = new ApiRoute(ApiMethod.GET, "/api/v1/ping", Access.OPEN, ctx -> ctx.result("pong"),
                ApiDoc.of("Test", "ping"));
        return ApiServer.start(new ApiListen(new ApiAddress("127.0.0.1", 0), Optional.of(tls)), List.of(ping),
                secret -> Optional.empty(), () -> false, new FailedAttemptLimiter(Clock.systemUTC()));
    }

    private Path selfSigned(String algorithm) throws Exception {
        Path store = dir.resolve(algorithm + ".p12");
        Process keytool = new ProcessBuilder(KEYTOOL, "-genkeypair", "-alias", "kumo", "-keyalg", algorithm,
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(STORE_PASSWORD),
                "-keypass", new String(STORE_PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return store;
    }

    private Path certificatePem(Path store) throws Exception {
        Path pem = dir.resolve(store.getFileName() + ".cert.pem");
        Process keytool = new ProcessBuilder(KEYTOOL, "-exportcert", "-rfc", "-alias", "kumo", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-file", pem.toString()).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return pem;
    }

    private Path keyPem(Path store) throws Exception {
        Key key = load(store).getKey("kumo", STORE_PASSWORD);
        assertThat(key.getFormat()).isEqualTo("PKCS#8");
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return Files.writeString(dir.resolve(store.getFileName() + ".key.pem"),
                "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
    }

    private static KeyStore load(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD);
        }
        return keys;
    }

    private static HttpClient trusting(Path store) throws Exception {
        Certificate certificate = load(store).getCertificate("kumo");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("kumo", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}
