package io.kumo.cli;

import io.kumo.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local channel between the CLI and a running Kumo: a Unix domain socket in the data directory (owner-only), not
 * reachable from the network. A client sends its arguments as one JSON line; the instance runs the command and
 * streams back lines framed {@code O<text>} (stdout), {@code E<text>} (stderr), and last {@code X<exit code>}.
 */
public final class InstanceChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceChannel.class);

    /** Runs one forwarded command: (args, out+err) → exit code. */
    public interface Handler extends BiFunction<String[], PrintWriter[], Integer> {
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private volatile boolean open = true;

    private InstanceChannel(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    public static Path socketOf(Path dataDirectory) {
        return dataDirectory.resolve("kumo.sock");
    }

    /** Listens for CLI clients; empty (logged) when this platform or path cannot host the socket. */
    public static Optional<InstanceChannel> serve(Path socket, Handler handler) {
        try {
            Files.deleteIfExists(socket); // left by a killed instance; we hold the instance lock, so it is ours to replace
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            try {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system (Windows): the data directory's own permissions apply
            }
            InstanceChannel channel = new InstanceChannel(socket, server);
            Thread.ofPlatform().daemon().name("kumo-cli-channel").start(() -> channel.accept(handler));
            return Optional.of(channel);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The CLI channel could not be opened at {}: {}", socket, e.getMessage());
            return Optional.empty();
        }
    }

    private void accept(Handler handler) {
        while (open) {
            try {
                SocketChannel client = server.accept();
                Thread.ofPlatform().daemon().name("kumo-cli-client").start(() -> serve(client, handler));
            } catch (IOException e) {
                if (open) {
                    LOG.warn("CLI channel accept failed", e);
                }
            }
        }
    }

    private static void serve(SocketChannel client, Handler handler) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
             OutputStream out = Channels.newOutputStream(client)) {
            String request = in.readLine();
            if (request == null) {
                return;
            }
            String[] args = Json.MAPPER.readValue(request, String[].class);
            PrintWriter stdout = new PrintWriter(new FramedWriter(out, 'O'), true);
            PrintWriter stderr = new PrintWriter(new FramedWriter(out, 'E'), true);
            int code = handler.apply(args, new PrintWriter[] {stdout, stderr});
            stdout.flush();
            stderr.flush();
            synchronized (out) {
                out.write(("X" + code + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("A CLI request failed", e);
        }
    }

    /**
     * Sends the arguments to the running instance and copies its output. Empty when no instance listens (nothing
     * sent), so the caller can run the command itself.
     */
    public static Optional<Integer> forward(Path socket, List<String> args, PrintWriter out, PrintWriter err) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try (channel;
             BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
            OutputStream request = Channels.newOutputStream(channel);
            request.write((JsonStringArray.of(args) + "\n").getBytes(StandardCharsets.UTF_8));
            request.flush();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                switch (line.charAt(0)) {
                    case 'O' -> copyLine(line, out);
                    case 'E' -> copyLine(line, err);
                    case 'X' -> {
                        out.flush();
                        err.flush();
                        return Optional.of(Integer.parseInt(line.substring(1)));
                    }
                    default -> { }
                }
                if (!in.ready()) { // all that has arrived is copied: show it now (a command printing as it goes)
                    out.flush();
                    err.flush();
                }
            }
            out.flush();
            err.println("kumo: the running Kumo closed the connection before the command finished");
            return Optional.of(ExitCodes.FAILURE);
        } catch (IOException e) {
            err.println("kumo: lost the connection to the running Kumo: " + e.getMessage());
            return Optional.of(ExitCodes.FAILURE);
        }
    }

    /** A framed line's text, without flushing: an auto-flushing println per line was a write to the terminal per line. */
    private static void copyLine(String line, PrintWriter to) {
        to.write(line, 1, line.length() - 1);
        to.write(System.lineSeparator());
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Closing the CLI channel failed", e);
        }
    }

    /**
     * Frames every line written to it as {@code <prefix><line>\n} on the shared stream. Framed lines wait in a buffer
     * until {@link #flush()} (a {@code println} of an auto-flushing writer, the end of the command) or until the buffer
     * is full: a listing of 10,000 tasks is a few hundred writes to the socket, not one per line, and a command that
     * prints as it goes still reaches the client line by line.
     */
    private static final class FramedWriter extends Writer {
        private static final int SEND_AT = 64 * 1024;
        private final OutputStream out;
        private final char prefix;
        private final StringBuilder framed = new StringBuilder();
        private boolean lineOpen;

        FramedWriter(OutputStream out, char prefix) {
            this.out = out;
            this.prefix = prefix;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int end = offset + length;
            int from = offset; // the text since the last line end or carriage return, copied in one piece
            for (int i = offset; i < end; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    text(buffer, from, i);
                    from = i + 1;
                    if (c == '\n') {
                        text(buffer, i, i + 1);
                        lineOpen = false;
                        if (framed.length() >= SEND_AT) {
                            send();
                        }
                    }
                }
            }
            text(buffer, from, end);
        }

        private void text(char[] buffer, int from, int to) {
            if (from == to) {
                return;
            }
            if (!lineOpen) {
                framed.append(prefix);
                lineOpen = true;
            }
            framed.append(buffer, from, to - from);
        }

        private void send() throws IOException {
            byte[] bytes = framed.toString().getBytes(StandardCharsets.UTF_8);
            framed.setLength(0);
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        }

        @Override
        public void flush() throws IOException {
            if (lineOpen) { // an unfinished line goes out as a line of its own, as before
                framed.append('\n');
                lineOpen = false;
            }
            if (!framed.isEmpty()) {
                send();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
