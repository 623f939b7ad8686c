package io.kumo.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks the window, if there is one, to come forward: a second launch of Kumo hands over to the running instance
 * through this. The UI registers itself; a headless instance has no listener, and {@link #bringForward} says so.
 */
public final class WindowRequests {

    private final List<Runnable> windows = new CopyOnWriteArrayList<>();

    public Runnable register(Runnable bringForward) {
        windows.add(bringForward);
        return () -> windows.remove(bringForward);
    }

    /** Returns false when no window is there to come forward (headless). */
    public boolean bringForward() {
        windows.forEach(Runnable::run);
        return !windows.isEmpty();
    }
}
