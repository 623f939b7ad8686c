package io.kumo.ui.common;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Hands a link or a folder to the system: {@code xdg-open} on Linux (AWT's Desktop loads its own GTK next to
 * JavaFX's), else AWT's {@link Desktop} when it supports the action. Blocking: call it off the FX thread.
 */
public final class SystemOpen {

    /** What AWT's Desktop is asked to do where there is no xdg-open. */
    @FunctionalInterface
    public interface DesktopCall {
        void on(Desktop desktop) throws Exception;
    }

    private SystemOpen() {
    }

    /** Whether something took {@code target}; false where neither xdg-open nor the Desktop action is there. */
    public static boolean open(String target, Desktop.Action action, DesktopCall call) throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && onPath("xdg-open")) {
            new ProcessBuilder("xdg-open", target).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        }
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(action)) {
            call.on(Desktop.getDesktop());
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
