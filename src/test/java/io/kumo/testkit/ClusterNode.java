package io.kumo.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One cluster node: {@code kumo --headless --db-url URL --node NAME --data-dir DIR …} as a real process, its stdout and
 * stderr in {@code DIR.out} (for a failing test's message). {@link #kill()} is the crash: SIGKILL of the JVM alone, its
 * children left to whatever Kumo arranged for them.
 */
public final class ClusterNode implements AutoCloseable {

    private final String name;
    private final Path output;
    private final Process process;

    private ClusterNode(String name, Path output, Process process) {
        this.name = name;
        this.output = output;
        this.process = process;
    }

    /**
     * Starts a node. {@code launch}: the command before Kumo's own arguments ({@link #jarLaunch} or
     * {@link #classPathLaunch}); {@code extraArgs}: more root options ({@code --labels gpu}, {@code --api …});
     * {@code env}: variables added to the node's environment (its runs inherit them).
     */
    public static ClusterNode start(List<String> launch, String name, Path dataDir, String dbUrl, Path secretKey,
                                    List<String> extraArgs, Map<String, String> env) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of("--data-dir", dataDir.toString(), "--headless", "--db-url", dbUrl, "--node", name,
                "--secret-key", secretKey.toString()));
        command.addAll(extraArgs);
        Path output = dataDir.resolveSibling(dataDir.getFileName() + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(env);
        return new ClusterNode(name, output, builder.start());
    }

    /** {@code java -jar kumo.jar}: the packaged jar ({@code -Dkumo.jar}, as failsafe sets it, else target/kumo.jar). */
    public static List<String> jarLaunch() {
        return List.of(java(), "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx256m",
                "-jar", KumoProcess.jar().toAbsolutePath().toString());
    }

    /** This JVM's class path instead of the jar: for a benchmark's smoke mode, which runs before {@code package}. */
    public static List<String> classPathLaunch() {
        return List.of(java(), "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.kumo.Launcher");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The crash: SIGKILL, then waits until the JVM is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean stop: SIGTERM, then SIGKILL after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    /** What the node printed so far (stdout and stderr). */
    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(10));
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
