package io.kumo.ui;

import io.kumo.app.KumoCore;
import io.kumo.cli.ExitCodes;
import io.kumo.cli.KumoCommand;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the window on the JavaFX platform until the user quits; the caller closes the core. The platform starts as soon
 * as a window start is known ({@link #prepareWindow()}), while the store opens, not after.
 */
public final class DesktopSession implements KumoCommand.DesktopStarter {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);
    /**
     * Kumo runs JavaFX from the class path on purpose (a plain launcher), and JavaFX warns about that on every start.
     * Held in a field: JUL keeps loggers weakly, and a collected logger would forget its level.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private final ToolkitStart toolkit = new ToolkitStart();

    @Override
    public void prepareWindow() {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        toolkit.begin();
    }

    @Override
    public int runUntilQuit(KumoCore core, boolean minimized, PrintWriter err) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch quit = new CountDownLatch(1);
        KumoApp app = new KumoApp(core, quit::countDown, minimized);
        try {
            app.init();
            toolkit.await();
            Platform.runLater(() -> startWindow(app, quit));
        } catch (RuntimeException e) {
            LOG.error("Could not open the Kumo window", e);
            err.println("kumo: cannot open a window (" + e.getMessage() + "); on a machine without a display, use 'kumo --headless'");
            return ExitCodes.FAILURE;
        }
        try {
            quit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return ExitCodes.OK;
    }

    private static void startWindow(KumoApp app, CountDownLatch quit) {
        try {
            app.start(new Stage());
        } catch (RuntimeException e) {
            LOG.error("Could not build the Kumo window", e);
            quit.countDown();
        }
    }
}
