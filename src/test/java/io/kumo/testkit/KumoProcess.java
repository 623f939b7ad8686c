package io.kumo.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real {@code java -jar target/kumo.jar} process, with the JDK that runs the tests. */
public final class KumoProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();

    private KumoProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> pump(process.inputReader(StandardCharsets.UTF_8), stdout, null));
        Thread.ofVirtual().start(() -> pump(process.errorReader(StandardCharsets.UTF_8), null, stderr));
    }

    public static KumoProcess start(String... args) throws IOException {
        return startIn(Path.of("").toAbsolutePath(), args);
    }

    /** Started in {@code workDir}, as a user typing the command in that folder. */
    public static KumoProcess startIn(Path workDir, String... args) throws IOException {
        return start(workDir, List.of(), args);
    }

    /** With extra JVM options ({@code -Djava.io.tmpdir=...}), in {@code workDir}. */
    public static KumoProcess startWithJvmOptions(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        return start(workDir, jvmOptions, args);
    }

    /** The window on JavaFX's headless platform: a real app instance on a machine without a display. */
    public static KumoProcess startWindowless(String... args) throws IOException {
        return start(Path.of("").toAbsolutePath(), List.of("-Dglass.platform=Headless", "-Dprism.order=sw"), args);
    }

    /** The window on JavaFX's headless platform while DISPLAY names {@code display} (AWT, for the tray, reads it). */
    public static KumoProcess startWindowlessWithDisplay(String display, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> options = new ArrayList<>(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        options.addAll(jvmOptions);
        ProcessBuilder builder = builder(Path.of("").toAbsolutePath(), options, args);
        builder.environment().put("DISPLAY", display);
        return new KumoProcess(builder.start());
    }

    /** The app with a real window on an X display (Xvfb in the tests), software rendering. */
    public static KumoProcess startOnDisplay(String display, String... args) throws IOException {
        ProcessBuilder builder = builder(Path.of("").toAbsolutePath(), List.of("-Dprism.order=sw"), args);
        builder.environment().put("DISPLAY", display);
        return new KumoProcess(builder.start());
    }

    private static KumoProcess start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        return new KumoProcess(builder(workDir, jvmOptions, args).start());
    }

    private static ProcessBuilder builder(Path workDir, List<String> jvmOptions, String... args) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile());
    }

    public static Path jar() {
        return Path.of(System.getProperty("kumo.jar", "target/kumo.jar"));
    }

    private static void pump(BufferedReader reader, BlockingQueue<String> lines, StringBuilder text) {
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (lines != null) {
                    lines.add(line);
                } else {
                    synchronized (text) {
                        text.append(line).append('\n');
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** The next stdout line, or null after the timeout. */
    public String nextLine(Duration timeout) throws InterruptedException {
        return stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What is left on stdout, once the process wrote nothing more for a moment (after it exited). */
    public String remainingStdout() throws InterruptedException {
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = nextLine(Duration.ofMillis(300))) != null) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    public int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("kumo did not exit within " + timeout);
        }
        return process.exitValue();
    }

    public String stderr() throws InterruptedException {
        Thread.sleep(50); // let the pump read the last bytes after exit
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
