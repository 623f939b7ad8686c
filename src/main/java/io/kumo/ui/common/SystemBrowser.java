package io.kumo.ui.common;

import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens links in the system's browser off the FX thread: {@code xdg-open} on Linux (AWT's Desktop loads its own GTK
 * next to JavaFX's), {@link Desktop#browse} elsewhere.
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
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && onPath("xdg-open")) {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        }
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(new URI(url));
            return true;
        }
        return false;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
