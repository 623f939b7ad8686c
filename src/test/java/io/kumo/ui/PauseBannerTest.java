package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import io.kumo.app.KumoCore;
import io.kumo.engine.EngineState;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window over a running engine: the paused-scheduling banner and its Resume button. */
class PauseBannerTest {

    @TempDir
    Path temp;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() {
        core = TestCores.open(temp.resolve("data"));
        core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.close(robot, app, core);
    }

    private Node banner() {
        return robot.lookup("#pause-banner").query();
    }

    private Message message() {
        return robot.lookup("#pause-banner .message").queryAs(Message.class);
    }

    @Test
    void aPauseSavedBeforeTheWindowOpensShowsTheBannerAndResumeEndsIt() throws Exception {
        core.schedulingPause().pause(); // from the tray, before a restart
        app = RunningApp.launch(core);

        assertThat(banner().isVisible()).isTrue();
        assertThat(message().getTitle()).isEqualTo("Scheduling is paused");
        assertThat(message().getDescription()).contains("by tester@testhost").contains("No task starts on its schedule");

        robot.clickOn("#pause-banner-resume");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !banner().isVisible());
        assertThat(banner().isManaged()).isFalse();
        assertThat(core.settings().get(Settings.SCHEDULER_PAUSED)).isFalse();
        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.RUNNING);
    }

    @Test
    void theBannerFollowsAPauseAndResumeMadeOutsideTheWindow() throws Exception {
        app = RunningApp.launch(core);
        assertThat(banner().isVisible()).isFalse();

        core.schedulingPause().pause(); // as kumo scheduler pause sent to this instance does, off the FX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> banner().isVisible());
        assertThat(core.engineStatus().state().get()).isEqualTo(EngineState.PAUSED);

        core.schedulingPause().resume();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !banner().isVisible());
    }
}
