package io.kumo.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kumo.testkit.KumoProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar kumo.jar} on a Java older than 25: one line saying so, exit 1; on 25 it starts as before. */
class OlderJavaIT {

    private static final Pattern SPECIFICATION = Pattern.compile("java\\.specification\\.version = (\\S+)");

    @TempDir
    Path dir;

    record Finished(int exitCode, String stdout, String stderr) {
    }

    @Test
    void olderJavaPrintsOneLineAndExitsOne() throws Exception {
        Optional<Path> older = olderJava();
        assumeTrue(older.isPresent(), "no Java older than 25 on this machine (/usr/bin/java, /usr/lib/jvm/*/bin/java)");
        Path java = older.get();

        Finished run = run(java.toString(), "-jar", KumoProcess.jar().toAbsolutePath().toString(),
                "--data-dir", dir.resolve("data").toString(), "task", "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().strip().lines()).as(run.stderr()).hasSize(1);
        assertThat(run.stderr().strip()).matches("Kumo needs Java 25 or newer; this is Java \\d+ \\(.+/bin/java\\)\\. "
                + "Install a Java 25 runtime \\(e\\.g\\. Eclipse Temurin 25\\) and run the jar with it, or run the packaged app\\.");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void java25RunsTheLauncherThroughTheCheck() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();

        Finished run = run(java, "-jar", KumoProcess.jar().toAbsolutePath().toString(), "--version");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("Kumo ");
    }

    /** /usr/bin/java or a JDK under /usr/lib/jvm whose specification version is below 25. */
    private static Optional<Path> olderJava() throws IOException, InterruptedException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/java")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.sorted().map(home -> home.resolve("bin/java")).forEach(candidates::add);
            }
        }
        for (Path java : candidates) {
            if (Files.isExecutable(java) && Java25Check.feature(specificationVersion(java)) < Java25Check.REQUIRED) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }

    private static String specificationVersion(Path java) throws IOException, InterruptedException {
        Finished settings = run(java.toString(), "-XshowSettings:properties", "-version");
        Matcher matcher = SPECIFICATION.matcher(settings.stderr());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Finished run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[][] output = new byte[2][];
        Thread pumpOut = Thread.ofVirtual().start(() -> output[0] = readAll(process.getInputStream()));
        Thread pumpErr = Thread.ofVirtual().start(() -> output[1] = readAll(process.getErrorStream()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not exit within 60 s: " + String.join(" ", command));
        }
        pumpOut.join();
        pumpErr.join();
        return new Finished(process.exitValue(), new String(output[0], StandardCharsets.UTF_8),
                new String(output[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
