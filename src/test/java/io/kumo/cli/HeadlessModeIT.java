package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would: {@code java -jar target/kumo.jar --headless}. */
class HeadlessModeIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void headlessRunsUntilSigtermThenShutsDownCleanly() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a Unix affair");
        try (KumoCore core = TestCores.open(dataDir)) {
            core.settings().set(Settings.THEME, Theme.DARK);
        }

        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless on " + dataDir);

            try (KumoProcess second = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
                assertThat(second.waitForExit(STARTUP)).isEqualTo(1);
                assertThat(second.stderr().strip())
                        .isEqualTo("kumo: Kumo is already running with data directory " + dataDir + " (pid " + kumo.pid()
                                + "); use that instance, or start with another --data-dir");
            }

            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
            assertThat(kumo.nextLine(Duration.ofSeconds(5))).isEqualTo("Kumo stopped.");
        }

        String log = Files.readString(dataDir.resolve("logs/kumo.log"));
        assertThat(log).contains("Received SIGTERM").contains("Database closed").contains("Kumo core stopped cleanly");
        try (KumoCore reopened = TestCores.open(dataDir)) {
            assertThat(reopened.settings().get(Settings.THEME)).isEqualTo(Theme.DARK);
        }
    }

    @Test
    void headlessStartSaysSchedulingIsPausedAndAnnouncesTheResume() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a Unix affair");
        String paused;
        try (KumoCore core = TestCores.open(dataDir)) { // as the tray's "Pause all scheduling" saved it
            core.schedulingPause().pause();
            paused = "Scheduling is paused (since " + core.schedulingPause().state().get().since().truncatedTo(ChronoUnit.SECONDS)
                    + ", by " + TestCores.ACTOR.name() + "): no task runs on schedule. Resume with `kumo scheduler resume`.";
        }
        KumoCommands commands = new KumoCommands(dataDir);

        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless on " + dataDir);
            assertThat(kumo.nextLine(STARTUP)).isEqualTo(paused);

            KumoCommands.Result status = commands.run("scheduler", "status");
            assertThat(status.code()).as(status.err()).isZero();
            assertThat(status.out()).contains("Scheduling:    paused since").contains("Kumo:          running\n");

            KumoCommands.Result resumed = commands.run("scheduler", "resume");
            assertThat(resumed.code()).as(resumed.err()).isZero();
            assertThat(kumo.nextLine(STARTUP)).isEqualTo("Scheduling resumed: tasks run on schedule again.");

            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
        assertThat(Files.readString(dataDir.resolve("logs/kumo.log"))).contains(paused);
    }

    @Test
    void sigintStopsHeadlessToo() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a Unix affair");
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo running headless");
            kumo.signal("INT");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void badArgumentsExitTwoWithOneLine() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir")) {
            assertThat(kumo.waitForExit(STARTUP)).isEqualTo(2);
            assertThat(kumo.stderr().strip().lines()).hasSize(1);
            assertThat(kumo.stderr()).startsWith("kumo: Missing required parameter for option '--data-dir'");
        }
    }

    @Test
    void versionWorksFromThePackagedJar() throws Exception {
        try (KumoProcess kumo = KumoProcess.start("--version")) {
            assertThat(kumo.nextLine(STARTUP)).startsWith("Kumo ");
            assertThat(kumo.waitForExit(STARTUP)).isZero();
        }
    }
}
