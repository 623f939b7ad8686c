package io.kumo.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.KumoProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** DISPLAY names an X server that is not there (a stale variable in a service unit or a CI shell). */
@EnabledOnOs(OS.LINUX)
class MissingDisplayIT {

    @TempDir
    Path dataDir;

    @Test
    void theWindowStartsWithoutATrayInsteadOfHanging() throws Exception {
        String display = ":" + (ProcessHandle.current().pid() % 1000 + 5000);
        assertThat(Files.exists(Path.of("/tmp/.X11-unix/X" + display.substring(1)))).as("no X server on " + display).isFalse();

        try (KumoProcess kumo = KumoProcess.startWindowlessWithDisplay(display, List.of("-Dkumo.exitAfterFirstFrame=true"),
                "--data-dir", dataDir.toString())) {
            assertThat(kumo.waitForExit(Duration.ofSeconds(90))).as(kumo.stderr()).isZero();
        }
    }
}
