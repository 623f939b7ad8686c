package io.kumo;

import io.kumo.cli.KumoCli;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.ui.DesktopSession;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point. A plain class, not a JavaFX {@code Application}, so the app runs from the class path. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = new KumoCli(DataDirectoryResolver.forThisMachine(), new DesktopSession(), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
