package io.kumo.template;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A PEP 503 index on loopback serving the wheels in one folder: the real wheels a template needs, copied at test
 * time from the machine's configured index ({@link #download}), so pip installs them from an index the test controls.
 */
final class WheelFolderIndex implements AutoCloseable {

    private final HttpServer server;
    private final Path folder;

    private WheelFolderIndex(HttpServer server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    static WheelFolderIndex serve(Path folder) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WheelFolderIndex index = new WheelFolderIndex(server, folder);
            server.createContext("/", index::handle);
            server.start();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code pip download} of the requirements' wheels (and their dependencies) into {@code folder} from the index pip
     * is configured with here; false when they cannot be had offline.
     */
    static boolean download(Path requirements, Path folder) throws IOException, InterruptedException {
        Process pip = new ProcessBuilder("python3", "-m", "pip", "download", "--retries", "0", "--only-binary=:all:", "-q",
                "-d", folder.toString(), "-r", requirements.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return pip.waitFor() == 0;
    }

    String simpleUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/simple/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/files/")) {
                Path wheel = folder.resolve(path.substring("/files/".length())).normalize();
                if (wheel.startsWith(folder) && Files.isRegularFile(wheel)) {
                    send(exchange, 200, "application/octet-stream", Files.readAllBytes(wheel));
                    return;
                }
            } else if (path.startsWith("/simple/")) {
                String project = normalize(path.substring("/simple/".length()).replace("/", ""));
                List<String> wheels = wheels().filter(file -> project.isEmpty() || normalize(file.split("-")[0]).equals(project)).toList();
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
                wheels.forEach(file -> html.append("<a href=\"/files/").append(file).append("\">").append(file).append("</a>\n"));
                if (!wheels.isEmpty() || project.isEmpty()) {
                    send(exchange, 200, "text/html", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private Stream<String> wheels() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".whl")).sorted().toList().stream();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
