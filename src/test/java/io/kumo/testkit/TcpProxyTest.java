package io.kumo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The partition of one node: a real echo server and a real PostgreSQL behind the proxy. */
class TcpProxyTest {

    private ServerSocket echo;

    @BeforeEach
    void startEchoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    Thread.ofVirtual().start(() -> echoBack(socket));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stopEchoServer() throws IOException {
        echo.close();
    }

    @Test
    void forwardsBytesBothWays() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(echo.getLocalPort()); Socket client = connect(proxy)) {
            assertThat(roundTrip(client, "hello")).isEqualTo("hello");
            assertThat(roundTrip(client, "again")).isEqualTo("again");
            assertThat(proxy.connections()).isEqualTo(1);
        }
    }

    @Test
    void cutClosesTheOpenConnectionsAndHangsUpOnNewOnes() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(echo.getLocalPort()); Socket before = connect(proxy)) {
            assertThat(roundTrip(before, "up")).isEqualTo("up");

            proxy.cut();

            assertThat(endsOrFails(before)).isTrue();
            try (Socket during = connect(proxy)) {
                assertThat(endsOrFails(during)).isTrue();
            }
            assertThat(proxy.connections()).isZero();
        }
    }

    @Test
    void restoreForwardsNewConnectionsOnTheSamePort() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(echo.getLocalPort())) {
            int port = proxy.port();
            proxy.cut();
            proxy.restore();

            try (Socket after = connect(proxy)) {
                assertThat(proxy.port()).isEqualTo(port);
                assertThat(roundTrip(after, "back")).isEqualTo("back");
            }
        }
    }

    @Test
    @EnabledIf("io.kumo.testkit.PostgresServer#available")
    void aJdbcConnectionThroughTheProxyFailsWhileCutAndConnectsAgainOnceRestored() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(); TcpProxy proxy = TcpProxy.to(postgres.port())) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres";
            try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "")) {
                assertThat(selectOne(connection)).isEqualTo(1);

                proxy.cut();

                assertThatThrownBy(() -> selectOne(connection)).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.USER, "").close())
                        .isInstanceOf(SQLException.class);
            }
            proxy.restore();
            try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "")) {
                assertThat(selectOne(connection)).isEqualTo(1);
            }
        }
    }

    private static int selectOne(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT 1")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Socket connect(TcpProxy proxy) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        byte[] back = socket.getInputStream().readNBytes(bytes.length);
        return new String(back, StandardCharsets.UTF_8);
    }

    /** Whether the peer ended the connection: EOF or a reset, not the read timeout (a proxy still forwarding). */
    private static boolean endsOrFails(Socket socket) {
        try {
            socket.getOutputStream().write('x');
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void echoBack(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the client or the proxy hung up
        }
    }
}
