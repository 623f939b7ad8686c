package io.kumo.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A PEP 503 "simple" package index on loopback, serving pure-Python wheels it builds itself: PyPI is not reachable
 * from the test machines, and pip must still install, upgrade and uninstall real packages.
 */
public final class LocalPackageIndex implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Map<String, byte[]>> wheels = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger proxied = new AtomicInteger();

    private LocalPackageIndex(HttpServer server) {
        this.server = server;
    }

    public static LocalPackageIndex start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalPackageIndex index = new LocalPackageIndex(server);
            server.createContext("/", index::handle);
            server.start();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds and serves {@code name-version-py3-none-any.whl}: a module printing nothing, with {@code __version__}. */
    public LocalPackageIndex add(String name, String version, String... requires) {
        String dist = name.replace('-', '_');
        String fileName = dist + "-" + version + "-py3-none-any.whl";
        wheels.computeIfAbsent(normalize(name), key -> new TreeMap<>()).put(fileName, wheel(name, dist, version, requires));
        return this;
    }

    /** Serves a wheel file as it is (one copied from the machine's configured index, say). */
    public LocalPackageIndex serveDownloadedWheel(java.nio.file.Path wheel) {
        String fileName = wheel.getFileName().toString();
        try {
            wheels.computeIfAbsent(normalize(fileName.substring(0, fileName.indexOf('-'))), key -> new TreeMap<>())
                    .put(fileName, java.nio.file.Files.readAllBytes(wheel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code http://127.0.0.1:PORT/simple/} */
    public String simpleUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/simple/";
    }

    public int requests() {
        return requests.get();
    }

    /**
     * Requests that came as to an HTTP proxy (absolute URI in the request line): the index also answers as a proxy
     * for any host, so a test can prove that pip went through the proxy setting.
     */
    public int proxiedRequests() {
        return proxied.get();
    }

    /** {@code http://127.0.0.1:PORT}, for use as an HTTP proxy. */
    public String proxyUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (exchange.getRequestURI().isAbsolute()) {
            proxied.incrementAndGet();
        }
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/simple/")) {
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
                wheels.keySet().stream().sorted().forEach(project ->
                        html.append("<a href=\"/simple/").append(project).append("/\">").append(project).append("</a>\n"));
                send(exchange, 200, "text/html", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/simple/")) {
                String project = normalize(path.substring("/simple/".length()).replace("/", ""));
                Map<String, byte[]> files = wheels.get(project);
                if (files == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
                files.forEach((file, bytes) -> html.append("<a href=\"/files/").append(file).append("#sha256=")
                        .append(HexFormat.of().formatHex(sha256(bytes))).append("\">").append(file).append("</a>\n"));
                send(exchange, 200, "text/html", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/files/")) {
                String file = path.substring("/files/".length());
                byte[] bytes = wheels.values().stream().map(files -> files.get(file)).filter(b -> b != null).findFirst().orElse(null);
                if (bytes == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, "application/octet-stream", bytes);
                }
            } else {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] wheel(String name, String dist, String version, String... requires) {
        String info = dist + "-" + version + ".dist-info/";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(dist + "/__init__.py", ("__version__ = \"" + version + "\"\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
        for (String requirement : requires) {
            metadata.append("Requires-Dist: ").append(requirement).append('\n');
        }
        files.put(info + "METADATA", metadata.toString().getBytes(StandardCharsets.UTF_8));
        files.put(info + "WHEEL", "Wheel-Version: 1.0\nGenerator: kumo-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
                .getBytes(StandardCharsets.UTF_8));
        List<String> record = new ArrayList<>();
        files.forEach((path, bytes) -> record.add(path + ",sha256="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)) + "," + bytes.length));
        record.add(info + "RECORD,,");
        files.put(info + "RECORD", (String.join("\n", record) + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** PEP 503 name normalization. */
    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
