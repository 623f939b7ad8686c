package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.desktop.Notice;
import io.kumo.desktop.notify.DesktopNotifier;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A run's notice goes to the desktop's notifications first; a desktop that hangs never holds the window. */
class KumoAppNotificationsTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    private final LinkedBlockingQueue<Notice> platformNotices = new LinkedBlockingQueue<>();
    private final CountDownLatch hungServer = new CountDownLatch(1);
    private KumoCore core;
    private KumoApp app;

    @AfterEach
    void shutDown() throws TimeoutException {
        hungServer.countDown();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (core != null) {
            core.close();
        }
    }

    @Test
    void failedRunGoesToTheDesktopAndShowsInTheWindowWhenTheDesktopHangs() throws Exception {
        DesktopNotifier hanging = notice -> {
            platformNotices.add(notice);
            try {
                hungServer.await(); // a notification server that never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
        FxToolkit.registerPrimaryStage();
        core = TestCores.open(dir);
        var engine = core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }, false,
                (window, status, pause, togglePause, open, quit) -> Optional.empty(), hanging));
        io.kumo.domain.Task task = new io.kumo.domain.Task("nightly-export", "python3 -c \"import sys; sys.exit(3)\"");
        task.setTriggerType(io.kumo.domain.TriggerType.MANUAL);

        engine.runNow(core.tasks().create(task));

        Notice notice = platformNotices.poll(30, TimeUnit.SECONDS);
        assertThat(notice).as("the desktop was asked to show the failure").isNotNull();
        assertThat(notice.title()).isEqualTo("nightly-export failed");
        assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
        // the server is still hanging: the window keeps answering
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + NavigationItem.TASKS.paneId()).tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(hungServer.getCount()).as("the notice showed in the window while the desktop still hung").isEqualTo(1);
    }
}
