package io.kumo.desktop.notify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** A dbus-daemon of the test's own on a socket in a temporary directory: no desktop session is touched. */
final class PrivateSessionBus implements AutoCloseable {

    private static final Path DAEMON = Path.of("/usr/bin/dbus-daemon");

    private final Process process;
    private final String address;

    private PrivateSessionBus(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    static PrivateSessionBus start(Path directory) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(DAEMON), "needs " + DAEMON + " to run a private session bus");
        Process process = new ProcessBuilder(DAEMON.toString(), "--session", "--nofork", "--print-address",
                "--address=unix:path=" + directory.resolve("bus")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String address = output.readLine();
        Assumptions.assumeTrue(address != null && !address.isBlank(), "dbus-daemon did not start here");
        return new PrivateSessionBus(process, address.strip());
    }

    String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
