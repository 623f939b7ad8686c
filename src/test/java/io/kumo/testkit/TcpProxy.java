package io.kumo.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a free port of 127.0.0.1 to {@code 127.0.0.1:targetPort}: what stands between one cluster node and
 * PostgreSQL, so a test can partition that node alone. {@link #cut()} closes every forwarded connection and, until
 * {@link #restore()}, closes each new one as soon as it is accepted (the node's driver sees the server hang up, as
 * after a network failure followed by a reset); the listening port stays the same, so the node's URL keeps working
 * once restored.
 *
 * <pre>
 * try (TcpProxy proxy = TcpProxy.to(postgres.port())) {
 *     String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/db";
 *     ...
 *     proxy.cut();
 *     ...
 *     proxy.restore();
 * }
 * </pre>
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private TcpProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
        Thread.ofVirtual().name("tcp-proxy-" + listener.getLocalPort()).start(this::acceptLoop);
    }

    /** A proxy to {@code targetPort} of 127.0.0.1, forwarding from now on. */
    public static TcpProxy to(int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        return new TcpProxy(listener, targetPort);
    }

    /** The port the proxied side connects to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** The partition: every connection closed, new ones hung up on until {@link #restore()}. */
    public void cut() {
        cut = true;
        closeAll();
    }

    /** The network back: new connections are forwarded again. */
    public void restore() {
        cut = false;
    }

    public boolean isCut() {
        return cut;
    }

    /** Connections being forwarded now (each counts its two sockets once). */
    public int connections() {
        return open.size() / 2;
    }

    @Override
    public void close() {
        cut = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing a listener cannot fail in a way a test could act on
        }
        closeAll();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            forward(client);
        }
    }

    private void forward(Socket client) {
        Socket server;
        try {
            server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(server);
        if (cut) { // cut() ran between accept and here: it did not see these two
            closeAll();
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
    }

    /** Copies {@code from} to {@code to} until either side ends; then both are closed, so the other pump ends too. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side hung up or was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeAll() {
        for (Socket socket : Set.copyOf(open)) {
            closeQuietly(socket);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
