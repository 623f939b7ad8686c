package io.kumo.desktop.notify;

import io.kumo.desktop.Notice;

/** Shows a notice through one of the desktop's notification mechanisms. */
@FunctionalInterface
public interface DesktopNotifier {

    /** A notifier for systems without a platform notification service: it never shows anything. */
    DesktopNotifier NONE = notice -> false;

    /**
     * Shows the notice; may block (a bus call, a process), so never call it on the FX thread.
     *
     * @return false when it could not be shown (no service, an error), so that the caller falls back
     */
    boolean show(Notice notice);
}
