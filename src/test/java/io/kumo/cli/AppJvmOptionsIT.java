package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.KumoProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain {@code java -jar target/kumo.jar} instance runs with the packaged app's memory options, as jcmd sees them. */
class AppJvmOptionsIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void aPlainJarStartRunsWithThePackagedAppsMemoryOptions() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");

            assertThat(flags(kumo.pid())).contains("-XX:G1PeriodicGCInterval=30000", "-XX:MinHeapFreeRatio=10",
                    "-XX:MaxHeapFreeRatio=30", "-XX:MaxHeapSize=268435456", "-XX:TrimNativeHeapInterval=30000");
        }
    }

    @Test
    void theRestartForTheMaximumHeapKeepsThePidTheStreamsTheSignalsAndTheExitCode() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).isEqualTo("Kumo running headless on " + dataDir + " (pid " + kumo.pid()
                    + "). Stop with Ctrl+C or SIGTERM.");

            kumo.signal("TERM");

            assertThat(kumo.waitForExit(STARTUP)).as(kumo.stderr()).isZero();
            assertThat(kumo.remainingStdout()).contains("Kumo stopped.");
        }
    }

    @Test
    void aMaximumHeapGivenOnTheCommandLineWins() throws Exception {
        try (KumoProcess kumo = KumoProcess.startWithJvmOptions(Path.of("").toAbsolutePath(), List.of("-Xmx300m"),
                "--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");

            assertThat(flags(kumo.pid())).contains("-XX:MaxHeapSize=314572800", "-XX:MaxHeapFreeRatio=30");
        }
    }

    @Test
    void anOptionGivenOnTheCommandLineWins() throws Exception {
        try (KumoProcess kumo = KumoProcess.startWithJvmOptions(Path.of("").toAbsolutePath(),
                List.of("-XX:G1PeriodicGCInterval=5000"), "--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");

            assertThat(flags(kumo.pid())).contains("-XX:G1PeriodicGCInterval=5000", "-XX:MaxHeapFreeRatio=30");
        }
    }

    private static String flags(long pid) throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Process jcmd = new ProcessBuilder(java.resolveSibling("jcmd").toString(), Long.toString(pid), "VM.flags")
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
