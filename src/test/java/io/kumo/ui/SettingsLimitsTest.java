package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.DefaultLimits;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Limits: the default limits of runs, validated inline and saved on Apply, and this machine's mechanism. */
class SettingsLimitsTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FormRobot form = new FormRobot(robot);
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.SETTINGS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void defaultLimitsAreValidatedAndSavedAndTheMachineIsNamed() throws TimeoutException {
        robot.clickOn("#settings-nav-limits");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "0".equals(form.text("#settings-limit-memory")));
        String mechanism = core.confiners().limitMechanism();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.label("#settings-limits-machine").getText()
                .equals("Limits on this machine: " + mechanism));
        assertThat(form.label("#settings-limits-sandboxes").getText()).startsWith("Sandbox bubblewrap: ");

        form.replaceText("#settings-limit-cpu", "-5");
        assertThat(form.label("#settings-limit-cpu-error").getText()).startsWith("Enter a whole number from 0");
        robot.clickOn("#settings-apply-limits");
        assertThat(form.label("#settings-status-limits").getText()).startsWith("Not saved");

        form.replaceText("#settings-limit-cpu", "50");
        form.replaceText("#settings-limit-memory", "500");
        robot.clickOn("#settings-apply-limits");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Saved".equals(form.label("#settings-status-limits").getText()));
        assertThat(core.settings().get(Settings.LIMIT_CPU_PERCENT)).isEqualTo(50);
        assertThat(DefaultLimits.of(core.settings())).isEqualTo(new ResourceLimits(500L * 1024 * 1024, 50, null, null, null));
    }
}
