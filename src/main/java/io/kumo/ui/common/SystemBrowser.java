package io.kumo.ui.common;

import java.awt.Desktop;
import java.net.URI;

/**
 * Opens links in the system's browser off the FX thread ({@link SystemOpen}).
 */
public final class SystemBrowser implements LinkOpener {

    private final BackgroundExecutor background;

    public SystemBrowser(BackgroundExecutor background) {
        this.background = background;
    }

    @Override
    public void open(String url, Runnable cannot) {
        background.run(() -> tryOpen(url), opened -> {
            if (!opened) {
                cannot.run();
            }
        }, error -> cannot.run());
    }

    private static boolean tryOpen(String url) throws Exception {
        return SystemOpen.open(url, Desktop.Action.BROWSE, desktop -> desktop.browse(new URI(url)));
    }
}
