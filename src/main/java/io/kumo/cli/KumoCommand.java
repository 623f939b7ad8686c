package io.kumo.cli;

import io.kumo.config.DataDirectory;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.core.Actor;
import io.kumo.core.KumoCore;
import io.kumo.instance.AlreadyRunningException;
import io.kumo.supervisor.OsProcessLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kumo}: opens the window, or with {@code --headless} runs the engine without one. */
@Command(name = "kumo", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class,
        description = "Kumo: schedule and supervise Python scripts.%nWith no arguments, opens the Kumo window.")
public final class KumoCommand implements Callable<Integer> {

    @Option(names = "--headless", description = "Run the scheduler without a window until SIGINT/SIGTERM.")
    boolean headless;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $KUMO_HOME, else the OS convention).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    private final DataDirectoryResolver resolver;
    private final DesktopStarter desktop;

    public KumoCommand(DataDirectoryResolver resolver, DesktopStarter desktop) {
        this.resolver = resolver;
        this.desktop = desktop;
    }

    public DataDirectory dataDirectory() {
        return resolver.resolve(Optional.ofNullable(dataDir));
    }

    @Override
    public Integer call() {
        DataDirectory directory = dataDirectory();
        PrintWriter err = spec.commandLine().getErr();
        try {
            directory.ensureLayout();
        } catch (RuntimeException e) {
            err.println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Logging.useDirectory(directory.logs());
        KumoCore core;
        try {
            core = KumoCore.open(directory, Clock.systemUTC(), Actor.ofCurrentUser());
        } catch (AlreadyRunningException e) {
            err.println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            Logging.logger(KumoCommand.class).error("Kumo could not start", e);
            err.println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        try {
            core.startEngine(new OsProcessLauncher(), System.getenv());
        } catch (RuntimeException e) {
            Logging.logger(KumoCommand.class).error("The scheduling engine could not start", e);
            err.println("kumo: the scheduling engine could not start: " + e.getMessage());
            core.close();
            return ExitCodes.FAILURE;
        }
        // closes the store on any JVM exit the normal paths do not see (a SIGTERM to the GUI, say); idempotent
        Runtime.getRuntime().addShutdownHook(new Thread(core::close, "kumo-shutdown"));
        if (headless) {
            return new HeadlessRunner(core, spec.commandLine().getOut()).runUntilSignalled();
        }
        return desktop.runUntilQuit(core, err);
    }

    /** Starts the window; kept behind an interface so this package needs no UI toolkit. */
    @FunctionalInterface
    public interface DesktopStarter {
        int runUntilQuit(KumoCore core, PrintWriter err);
    }
}
