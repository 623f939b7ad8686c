package io.kumo.ui.desktop;

import static io.kumo.testkit.X11Desktop.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.X11Desktop;
import io.kumo.testkit.X11Desktop.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a real X session with a real system tray (Xvfb and trayer; {@code .ci/run} installs them):
 * started minimized, Kumo lives in the tray; a failed run shows a notification balloon at the icon; a click on the
 * icon opens the window; closing the window keeps Kumo in the tray (and tells the user, the first time); launching
 * Kumo again brings the window back and the second process exits 0; the menu pauses scheduling and quits.
 */
@EnabledOnOs(OS.LINUX)
class SystemTrayIT {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration REACTION = Duration.ofSeconds(60); // some checks start a CLI JVM, slow on a loaded machine
    private static final String MAIN_WINDOW = "^Kumo$";

    @TempDir
    Path dataDir;

    @Test
    void kumoStartedMinimizedLivesInTheTrayWhoseIconAndMenuDriveIt() throws Exception {
        assumeTrue(X11Desktop.available(), "needs Xvfb, trayer, xdotool, xwininfo and python3 (.ci/run installs them)");
        try (X11Desktop desktop = X11Desktop.start();
             KumoProcess kumo = KumoProcess.startOnDisplay(desktop.display(), "--minimized", "--data-dir", dataDir.toString())) {
            Window panel = desktop.window("panel").orElseThrow();
            // AWT makes the icon's window, then the tray host embeds it in its panel
            Window icon = await("Kumo's icon embedded in the tray", STARTUP, () -> desktop.window("JavaEmbeddedFrame")
                    .filter(window -> window.width() > 0 && window.x() >= panel.x() && window.x() < panel.x() + panel.width()));
            await("the instance socket", STARTUP, () -> Optional.of(dataDir.resolve("kumo.sock")).filter(Files::exists));
            assertThat(desktop.isShown(MAIN_WINDOW)).as("started minimized: no window, only the tray icon").isFalse();
            assertThat(balloonAt(desktop, panel)).isEmpty();

            assertThat(cli("task", "add", "--name", "broken", "--command", "python3 -c \"raise SystemExit(3)\"", "--every", "1h")).isZero();
            assertThat(cli("run", "broken")).isEqualTo(3);
            await("the failure notification at the tray icon", REACTION, () -> balloonAt(desktop, panel));

            clickIcon(desktop, icon, 1);
            await("the main window after a click on the tray icon", REACTION,
                    () -> desktop.isShown(MAIN_WINDOW) ? Optional.of(true) : Optional.empty());

            desktop.closeWindow(MAIN_WINDOW);
            await("the window hidden in the tray", REACTION, () -> desktop.isShown(MAIN_WINDOW) ? Optional.empty() : Optional.of(true));
            assertThat(kumo.isAlive()).as("closing the window does not quit").isTrue();
            try (KumoProcess again = KumoProcess.startOnDisplay(desktop.display(), "--data-dir", dataDir.toString())) {
                assertThat(again.waitForExit(STARTUP)).as(again.stderr()).isZero();
            }
            await("the window brought back by launching Kumo again", REACTION,
                    () -> desktop.isShown(MAIN_WINDOW) ? Optional.of(true) : Optional.empty());

            // the menu: Open Kumo, runs in progress, ---, Pause all scheduling, ---, Quit Kumo
            Window menu = openMenu(desktop, icon);
            desktop.click(menu.centerX(), menu.y() + menu.height() * 60 / 100, 1);
            JsonNode paused = await("the pause in the audit log", REACTION, () -> settingChange("engine.scheduler_paused"));
            assertThat(paused.at("/changes/engine.scheduler_paused/after").asText()).as(paused.toString()).isEqualTo("true");
            assertThat(kumo.isAlive()).isTrue();
            // the tray, the window and the CLI share one pause: the running instance reports the tray's
            try (KumoProcess status = KumoProcess.start("--data-dir", dataDir.toString(), "scheduler", "status", "--json")) {
                assertThat(status.waitForExit(Duration.ofSeconds(60))).as(status.stderr()).isZero();
                JsonNode state = new ObjectMapper().readTree(status.remainingStdout());
                assertThat(state.get("paused").asBoolean()).isTrue();
                assertThat(state.get("instance_running").asBoolean()).isTrue();
            }

            menu = openMenu(desktop, icon);
            desktop.click(menu.centerX(), menu.y() + menu.height() * 88 / 100, 1);
            assertThat(kumo.waitForExit(Duration.ofSeconds(60))).as(kumo.stderr()).isZero();
        }
        // the first-time hint is remembered, as a setting and not as a user's change in the audit log
        assertThat(settingChange(Settings.TRAY_HINT_SHOWN.key())).isEmpty();
        try (KumoCore core = TestCores.open(dataDir)) {
            assertThat(core.settings().get(Settings.TRAY_HINT_SHOWN)).isTrue();
        }
    }

    /** AWT's notification balloon: a window of its own (a title row and a message row) just below the tray panel. */
    private static Optional<Window> balloonAt(X11Desktop desktop, Window panel) throws Exception {
        return desktop.shown("win0").stream()
                .filter(window -> window.height() >= 40)
                .filter(window -> window.y() <= panel.y() + panel.height() + 10 && window.x() + window.width() >= panel.x())
                .findFirst();
    }

    private int cli(String... args) throws Exception {
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args)).toArray(String[]::new);
        try (KumoProcess cli = KumoProcess.start(all)) {
            return cli.waitForExit(Duration.ofSeconds(60));
        }
    }

    /** Clicks the icon's right edge: the balloon, aligned to the icon's middle, may still cover its left half. */
    private static void clickIcon(X11Desktop desktop, Window icon, int button) throws Exception {
        desktop.click(icon.x() + icon.width() - 4, icon.centerY(), button);
    }

    private static Window openMenu(X11Desktop desktop, Window icon) throws Exception {
        clickIcon(desktop, icon, 3);
        return await("the tray menu", REACTION, () -> desktop.shown("sun-awt-X11-XPopupMenuPeer").stream()
                .filter(window -> window.height() > 40).findFirst());
    }

    /** The audit entry of a setting's change, read through the CLI from the running instance. */
    private Optional<JsonNode> settingChange(String key) throws Exception {
        try (KumoProcess cli = KumoProcess.start("--data-dir", dataDir.toString(), "audit", "--target", "SETTING", "--json")) {
            assertThat(cli.waitForExit(Duration.ofSeconds(60))).as(cli.stderr()).isZero();
            for (JsonNode entry : new ObjectMapper().readTree(cli.remainingStdout())) {
                if (entry.path("target_id").asText().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }
    }
}
