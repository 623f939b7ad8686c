package io.kumo.cli;

import io.kumo.app.DeploymentResolver;
import io.kumo.app.KumoCore;
import io.kumo.common.Observable;
import io.kumo.service.SchedulingPause;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import sun.misc.Signal;

/**
 * Keeps the engine running without a window until SIGINT or SIGTERM, then shuts it down in order and exits 0, or 1
 * with a line saying what was not saved when the shutdown could not write everything (a full disk).
 */
final class HeadlessRunner {

    private static final Logger LOG = Logging.logger(HeadlessRunner.class);

    private final KumoCore core;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    HeadlessRunner(KumoCore core, PrintWriter out, PrintWriter err) {
        this.core = core;
        this.out = out;
        this.err = err;
    }

    int runUntilSignalled(Runnable shutdown) {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                LOG.info("Received SIG{}, shutting down", signal.getName());
                stopRequested.countDown();
            });
        }
        LOG.info("Kumo running headless, pid {}", ProcessHandle.current().pid());
        out.println("Kumo running headless on " + core.dataDirectory() + " (pid " + ProcessHandle.current().pid()
                + "). Stop with Ctrl+C or SIGTERM.");
        if (core.deployment().clustered()) { // which node this is, and on which shared database
            out.println(DeploymentResolver.describe(core.deployment()));
        }
        out.flush();
        Observable.Pin pauses = announcePauses();
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pauses.close();
        shutdown.run();
        if (!core.unsavedAtClose().isEmpty()) {
            return UnsavedReport.print(core, err);
        }
        out.println("Kumo stopped.");
        out.flush();
        return ExitCodes.OK;
    }

    /** Says at start when scheduling is paused (a pause saved earlier, from the tray say), and every change later. */
    private Observable.Pin announcePauses() {
        SchedulingPause.State atStart = core.schedulingPause().state().get();
        if (atStart.paused()) {
            LOG.warn(atStart.warning());
            out.println(atStart.warning());
            out.flush();
        }
        return core.schedulingPause().state().onChange(state -> {
            out.println(state.paused() ? state.warning() : "Scheduling resumed: tasks run on schedule again.");
            out.flush();
        });
    }
}
