package io.kumo.cli;

import io.kumo.api.ApiAddress;
import io.kumo.rest.ApiServerControl;
import io.kumo.app.Deployment;
import io.kumo.app.DeploymentResolver;
import io.kumo.app.KumoCore;
import io.kumo.common.HostName;
import io.kumo.common.Actor;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.instance.AlreadyRunningException;
import io.kumo.instance.DataDirectoryBusyException;
import io.kumo.instance.InstanceLock;
import io.kumo.instance.LockHolder;
import io.kumo.instance.LockWait;
import io.kumo.supervisor.OsProcessLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo}: opens the window, or with {@code --headless} runs the engine without one. */
@Command(name = "kumo", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class,
        description = "Kumo: schedule and supervise Python scripts.%nWith no arguments, opens the Kumo window.",
        subcommands = {TaskCommand.class, RunCommand.class, RunsCommand.class, LogsCommand.class, CronCommand.class, EnvCommand.class,
                MirrorCommand.class, ProjectCommand.class, VarCommand.class, AuditCommand.class,
                BackupCommand.class, SchedulerCommand.class, WorkflowCommand.class, ChannelCommand.class, ReportCommand.class, ApiCommand.class, NodesCommand.class, ConditionsCommand.class, ErrorsCommand.class, IsolationCommand.class, DbCommand.class, ArchiveCommand.class, OpenCommand.class, ActivateCommand.class, KumoHelpCommand.class})
public final class KumoCommand implements Callable<Integer> {

    @Option(names = "--headless", description = "Run the scheduler without a window until SIGINT/SIGTERM.")
    boolean headless;

    @Option(names = "--minimized", description = "Start with the window minimized (in the tray where there is one).")
    boolean minimized;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $KUMO_HOME, else the OS convention).")
    Path dataDir;

    @Option(names = "--api", paramLabel = "HOST:PORT",
            description = "Serve the REST API on this address for this run (PORT alone: loopback).")
    String apiAddress;

    @Option(names = "--api-cert", paramLabel = "FILE",
            description = "PEM certificate chain for the REST API's HTTPS (needed off loopback).")
    Path apiCertificate;

    @Option(names = "--api-key", paramLabel = "FILE", description = "PEM (PKCS#8) private key of that certificate.")
    Path apiKey;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Work on this PostgreSQL database, shared by a cluster (default: $KUMO_DB_URL, else the saved "
                    + "connection, else the data directory's own). User and password: in the URL, or $KUMO_DB_USER and "
                    + "$KUMO_DB_PASSWORD.")
    String dbUrl;

    @Option(names = "--node", paramLabel = "NAME", description = "This node's name in the cluster (default: $KUMO_NODE, "
            + "else the saved connection's, else the host name).")
    String node;

    @Option(names = "--labels", paramLabel = "LIST", description = "This node's labels, e.g. gpu,eu: tasks asking for "
            + "labels run only on nodes carrying them all (default: $KUMO_NODE_LABELS, else the saved connection's).")
    String labels;

    @Option(names = "--max-runs", paramLabel = "N", description = "At most N runs at once on this node, 1-1000 "
            + "(default: the global setting).")
    Integer maxRuns;

    @Option(names = "--lease", paramLabel = "DURATION", description = "A node silent for longer is declared dead and "
            + "its runs taken over, 5s-10m (default: 10s; heartbeat a fifth of it).")
    String lease;

    @Option(names = "--secret-key", paramLabel = "FILE", description = "The key that seals secrets; every node of a "
            + "cluster needs the same (default: $KUMO_SECRET_KEY_FILE, else secret.key in the data directory).")
    Path secretKey;

    /** The CLI client's working folder, sent along when a command is forwarded to a running instance. */
    @Option(names = "--client-dir", hidden = true)
    Path clientDir;

    @Spec
    CommandSpec spec;

    private final DataDirectoryResolver resolver;
    private final DeploymentResolver deployments;
    private final DesktopStarter desktop;
    private final LockWait.Policy lockWait;
    private CoreAccess access;
    private InstanceLock commandLock;
    private Deployment deployment;

    public KumoCommand(DataDirectoryResolver resolver, DesktopStarter desktop, CoreAccess access) {
        this(resolver, new DeploymentResolver(System.getenv(), HostName::get), desktop, access, LockWait.Policy.DEFAULT);
    }

    KumoCommand(DataDirectoryResolver resolver, DeploymentResolver deployments, DesktopStarter desktop, CoreAccess access,
                LockWait.Policy lockWait) {
        this.resolver = resolver;
        this.deployments = deployments;
        this.desktop = desktop;
        this.access = access;
        this.lockWait = lockWait;
    }

    /** The data directory's lock, taken by the CLI for this command alone (no instance holds the directory). */
    synchronized void holdCommandLock(InstanceLock lock) {
        this.commandLock = lock;
    }

    /** The lock this command runs under when it opens the data directory itself. */
    synchronized InstanceLock commandLock() {
        if (commandLock == null) {
            throw new IllegalStateException("this command runs without the data directory's lock");
        }
        return commandLock;
    }

    /** The core subcommands work on: the running instance's, or one opened for this command. */
    synchronized CoreAccess access() {
        if (access == null) {
            access = new LocalCoreAccess(dataDirectory(), deployment(), commandLock());
        }
        return access;
    }

    /** Whether this command runs inside a running instance, sent there by a CLI client. */
    synchronized boolean isForwarded() {
        return access instanceof InstanceCoreAccess;
    }

    /** Closes what {@link #access()} opened for this command alone, and releases the command's lock. */
    synchronized void closeLocalAccess() {
        if (access instanceof LocalCoreAccess local) {
            local.close();
            access = null;
        }
        if (commandLock != null) {
            commandLock.close();
            commandLock = null;
        }
    }

    /** A path given on the command line, read against the folder the user typed it in. */
    static Path clientPath(CommandSpec spec, Path path) {
        Path clientDir = ((KumoCommand) spec.root().userObject()).clientDir;
        return (clientDir == null ? path.toAbsolutePath() : clientDir.resolve(path)).normalize();
    }

    public DataDirectory dataDirectory() {
        if (resolver == null) {
            return access().core().dataDirectory(); // forwarded: the instance's own
        }
        return resolver.resolve(Optional.ofNullable(dataDir));
    }

    /**
     * The database and node this command works as: the options, environment and saved connection resolved once
     * ({@link DeploymentResolver}); inside a running instance, the instance's own.
     *
     * @throws ValidationException naming the option, variable or file whose value is bad
     */
    public synchronized Deployment deployment() {
        if (deployment == null) {
            deployment = resolver == null ? access().core().deployment()
                    : deployments.resolve(dataDirectory(), new DeploymentResolver.Options(dbUrl, node, labels, maxRuns,
                            lease, secretKey == null ? null : clientPath(spec, secretKey), headless));
        }
        return deployment;
    }

    @Override
    public Integer call() {
        DataDirectory directory = dataDirectory();
        PrintWriter err = spec.commandLine().getErr();
        Deployment deployment;
        try {
            deployment = deployment();
        } catch (ValidationException e) {
            err.println("kumo: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (apiAddress != null) {
            try {
                ApiAddress.parse(apiAddress);
            } catch (ValidationException e) {
                err.println("kumo: --api: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try {
            directory.ensureLayout();
        } catch (RuntimeException e) {
            err.println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Logging.useDirectory(directory.logs());
        // an instance started with plain java -jar gets the packaged app's memory options (a restart for the maximum heap)
        AppJvmOptions.applyToThisJvm(spec.commandLine().getParseResult().originalArgs());
        if (!headless) {
            desktop.prepareWindow(); // the toolkit starts on a second core while the store opens and the engine starts
        }
        KumoCore core;
        try {
            // a CLI command holding the directory is short: wait for it; a running instance is not
            InstanceLock lock = InstanceLock.acquire(directory.lockFile(), LockHolder.Role.INSTANCE,
                    lockWait.start(directory.root(), err));
            core = KumoCore.open(directory, deployment, lock, Clock.systemUTC(), Actor.ofCurrentUser(), System.getenv());
        } catch (DataDirectoryBusyException e) {
            err.println("kumo: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (AlreadyRunningException e) {
            if (!headless) {
                // a second launch of the app: the running one brings its window forward, and this one is done
                Optional<Integer> handedOver = InstanceChannel.forward(InstanceChannel.socketOf(directory.root()),
                        List.of("activate"), spec.commandLine().getOut(), err);
                if (handedOver.isPresent()) {
                    return handedOver.get();
                }
            }
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
        ApiServerControl api = ApiServerControl.start(core, new ApiServerControl.Overrides(Optional.ofNullable(apiAddress),
                Optional.ofNullable(apiCertificate), Optional.ofNullable(apiKey)));
        if (headless) {
            ApiServerControl.consoleLine(core.apiState().get()).ifPresent(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
        }
        Optional<InstanceChannel> channel = InstanceChannel.serve(InstanceChannel.socketOf(directory.root()),
                (args, writers) -> KumoCli.runForwarded(args, core, writers[0], writers[1]));
        Runnable shutdown = () -> {
            channel.ifPresent(InstanceChannel::close);
            api.close(); // before the store closes: no request may reach a closed store
            core.close();
        };
        // closes the store on any JVM exit the normal paths do not see (a SIGTERM to the GUI, say); idempotent
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "kumo-shutdown"));
        int code = headless
                ? new HeadlessRunner(core, spec.commandLine().getOut(), err).runUntilSignalled(shutdown)
                : desktop.runUntilQuit(core, minimized, err);
        shutdown.run();
        if (code == ExitCodes.OK && !core.unsavedAtClose().isEmpty()) {
            return UnsavedReport.print(core, err);
        }
        return code;
    }

    /** Starts the window; kept behind an interface so this package needs no UI toolkit. */
    @FunctionalInterface
    public interface DesktopStarter {
        int runUntilQuit(KumoCore core, boolean minimized, PrintWriter err);

        /**
         * Called before the data directory is opened for a window, which may never come (another instance is asked
         * to come forward instead): the UI toolkit can start meanwhile, on its own thread. Must not block.
         */
        default void prepareWindow() {
        }
    }
}
