package io.kumo.ui;

import io.kumo.app.KumoCore;
import io.kumo.ui.shell.NavigationItem;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real Kumo window on a core for a TestFX test, and takes it down again with any dialog left open. */
final class RunningApp {

    private RunningApp() {
    }

    static KumoApp launch(KumoCore core) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        KumoApp app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Starts the window and opens one pane through its sidebar button, as a user would. */
    static KumoApp launchOn(FxRobot robot, KumoCore core, NavigationItem pane) throws TimeoutException {
        KumoApp app = launch(core);
        robot.clickOn("#" + pane.navId());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Hides dialogs a failed assertion may have left open, stops the app, then closes the core. */
    static void close(FxRobot robot, KumoApp app, KumoCore core) throws TimeoutException {
        if (app != null) {
            robot.interact(() -> Window.getWindows().stream().filter(window -> window != app.mainView().getScene().getWindow())
                    .toList().forEach(Window::hide));
            FxToolkit.cleanupApplication(app);
        }
        if (core != null) {
            core.close();
        }
    }
}
