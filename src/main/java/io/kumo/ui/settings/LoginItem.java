package io.kumo.ui.settings;

import io.kumo.desktop.Autostart;
import io.kumo.desktop.LaunchCommand;
import java.nio.file.Path;
import java.util.List;

/** "Start at login" for this installation: the OS's own login item, started minimized (runs off the FX thread). */
final class LoginItem {

    private LoginItem() {
    }

    static void apply(boolean enabled) {
        Autostart autostart = new Autostart(Autostart.currentOs(), Path.of(System.getProperty("user.home")), System.getenv(),
                LoginItem::run);
        if (enabled) {
            autostart.enable(LaunchCommand.ofThisInstallation());
        } else {
            autostart.disable();
        }
    }

    private static int run(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
