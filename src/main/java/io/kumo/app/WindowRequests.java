package io.kumo.app;

import io.kumo.common.RunLink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Asks the window, if there is one, to come forward or to show a run: a second launch of Kumo and {@code kumo open}
 * hand over to the running instance through this. The UI registers itself; a headless instance has no listener, and
 * the requests say so.
 */
public final class WindowRequests {

    private final List<Runnable> windows = new CopyOnWriteArrayList<>();
    private final List<Consumer<RunLink>> runViewers = new CopyOnWriteArrayList<>();

    public Runnable register(Runnable bringForward) {
        windows.add(bringForward);
        return () -> windows.remove(bringForward);
    }

    /** The window's way to show a run (the Logs pane for a task run, the workflow's history for a workflow run). */
    public Runnable registerRunViewer(Consumer<RunLink> showRun) {
        runViewers.add(showRun);
        return () -> runViewers.remove(showRun);
    }

    /** Returns false when no window is there to come forward (headless). */
    public boolean bringForward() {
        windows.forEach(Runnable::run);
        return !windows.isEmpty();
    }

    /** Brings the window forward showing the run; false when no window is there to show it (headless). */
    public boolean showRun(RunLink link) {
        if (runViewers.isEmpty()) {
            return false;
        }
        bringForward();
        runViewers.forEach(viewer -> viewer.accept(link));
        return true;
    }
}
