package io.kumo.conditions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A host is reachable when a TCP connection to it opens within the timeout (name resolution included). */
final class HostProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HostProbe() {
    }

    static Answer reachable(HostPort target, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host(), target.port()), (int) timeout.toMillis());
            return Answer.YES;
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return Answer.NO;
        }
    }
}
