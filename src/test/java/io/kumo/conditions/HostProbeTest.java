package io.kumo.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A host is reachable when a real TCP connect succeeds: a listening local socket, then the same port closed. */
class HostProbeTest {

    @Test
    void aListeningPortIsReachableAndTheSamePortClosedIsNot() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertThat(HostProbe.reachable(new HostPort("127.0.0.1", port), Duration.ofSeconds(2))).isEqualTo(Answer.YES);
        }
        assertThat(HostProbe.reachable(new HostPort("127.0.0.1", port), Duration.ofSeconds(2))).isEqualTo(Answer.NO);
    }

    @Test
    void anUnknownNameIsNotReachable() {
        assertThat(HostProbe.reachable(new HostPort("no-such-host.invalid", 443), Duration.ofSeconds(2))).isEqualTo(Answer.NO);
    }

    @Test
    void hostsAreReadWithOrWithoutAPort() {
        assertThat(HostPort.parse("example.com")).isEqualTo(new HostPort("example.com", 443));
        assertThat(HostPort.parse("example.com:8080")).isEqualTo(new HostPort("example.com", 8080));
        assertThat(HostPort.parse("[::1]:80")).isEqualTo(new HostPort("::1", 80));
        assertThat(HostPort.parse("::1")).isEqualTo(new HostPort("::1", 443));
        assertThat(new HostPort("::1", 80)).hasToString("[::1]:80");
        assertThatThrownBy(() -> HostPort.parse("example.com:99999")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> HostPort.parse(" ")).hasMessageContaining("needs a name");
    }
}
