package io.kumo.cli;

import io.kumo.app.DeploymentResolver;
import io.kumo.app.KumoCore;
import io.kumo.common.HostName;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.instance.AlreadyRunningException;
import io.kumo.instance.DataDirectoryBusyException;
import io.kumo.instance.InstanceLock;
import io.kumo.instance.LockHolder;
import io.kumo.instance.LockWait;
import io.kumo.python.Cancellation;
import io.kumo.python.ToolFailedException;
import io.kumo.storage.DiskFullException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The command line: picocli parsing, one-line errors with exit code 2, and the choice between running a command here
 * or in the Kumo instance that already holds the data directory.
 */
public final class KumoCli {

    /** Subcommands that need the data directory, and so go to a running instance when there is one. */
    private static final Set<String> INSTANCE_COMMANDS = Set.of("task", "run", "runs", "logs", "env", "mirror", "project", "var",
            "audit", "backup", "scheduler", "workflow",
            "channel", "report", "api", "open", "nodes", "errors", "db", "archive", "isolation");

    private final DataDirectoryResolver resolver;
    private final DeploymentResolver deployments;
    private final KumoCommand.DesktopStarter desktop;
    private final PrintWriter out;
    private final PrintWriter err;
    private final LockWait.Policy lockWait;

    public KumoCli(DataDirectoryResolver resolver, KumoCommand.DesktopStarter desktop, PrintWriter out, PrintWriter err) {
        this(resolver, new DeploymentResolver(System.getenv(), HostName::get), desktop, out, err, LockWait.Policy.DEFAULT);
    }

    KumoCli(DataDirectoryResolver resolver, KumoCommand.DesktopStarter desktop, PrintWriter out, PrintWriter err,
            LockWait.Policy lockWait) {
        this(resolver, new DeploymentResolver(System.getenv(), HostName::get), desktop, out, err, lockWait);
    }

    /** @param deployments reads the environment given (a test's) for the database and node */
    KumoCli(DataDirectoryResolver resolver, DeploymentResolver deployments, KumoCommand.DesktopStarter desktop,
            PrintWriter out, PrintWriter err, LockWait.Policy lockWait) {
        this.resolver = resolver;
        this.deployments = deployments;
        this.desktop = desktop;
        this.out = out;
        this.err = err;
        this.lockWait = lockWait;
    }

    public int run(String... args) {
        KumoCommand root = new KumoCommand(resolver, deployments, desktop, null, lockWait);
        CommandLine commandLine = configure(commands(root), out, err, Function.identity());
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            return usageError(e, args);
        }
        if (needsNoData(parsed) || !parsed.hasSubcommand()
                || !INSTANCE_COMMANDS.contains(parsed.subcommand().commandSpec().name())) {
            return execute(commandLine, root, args);
        }
        try {
            root.deployment(); // a bad --db-url or --node is refused before anything is opened or forwarded
        } catch (ValidationException e) {
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) { // the saved connection cannot be read
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        DataDirectory data = root.dataDirectory();
        Path socket = InstanceChannel.socketOf(data.root());
        try (ClientInput input = ClientInput.of(args, data.root())) {
            List<String> request = new ArrayList<>(List.of("--client-dir", Path.of("").toAbsolutePath().toString()));
            request.addAll(input.arguments());
            LockWait wait = lockWait.start(data.root(), err);
            while (true) {
                Optional<Integer> forwarded = InstanceChannel.forward(socket, request, out, err);
                if (forwarded.isPresent()) {
                    return forwarded.get();
                }
                Optional<InstanceLock> lock = lockForCommand(data, wait);
                if (lock.isPresent()) {
                    root.holdCommandLock(lock.get());
                    return execute(commandLine, root, input.arguments().toArray(String[]::new));
                }
                wait.pause(); // an instance holds the directory and is not listening yet: it is starting
            }
        } catch (IOException e) {
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) { // the data directory cannot be created or read
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (AlreadyRunningException | DataDirectoryBusyException e) {
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
    }

    /**
     * Help and version print, and a command group without its subcommand ({@code kumo task}) is a usage error, without
     * the data directory: nothing to open, lock or forward.
     */
    private static boolean needsNoData(ParseResult parsed) {
        List<CommandLine> chain = parsed.asCommandLineList();
        Object last = chain.getLast().getCommandSpec().userObject();
        boolean groupAlone = !(last instanceof Runnable || last instanceof Callable<?>);
        return groupAlone || chain.stream().anyMatch(command -> command.isUsageHelpRequested()
                || command.isVersionHelpRequested() || command.getCommandSpec().helpCommand());
    }

    /**
     * The data directory's lock for this command, waiting while another command holds it; empty while an instance
     * holds it without answering on its socket yet (the caller tries the socket again).
     */
    private static Optional<InstanceLock> lockForCommand(DataDirectory data, LockWait wait) {
        try {
            return Optional.of(InstanceLock.acquire(data.ensureLayout().lockFile(), LockHolder.Role.COMMAND, wait));
        } catch (AlreadyRunningException e) {
            wait.instanceStarting(e);
            return Optional.empty();
        }
    }

    private int execute(CommandLine commandLine, KumoCommand root, String[] args) {
        try {
            return commandLine.execute(args);
        } finally {
            root.closeLocalAccess();
            out.flush();
            err.flush();
        }
    }

    /** Runs a command forwarded by a CLI client inside this instance, on its core. */
    static int runForwarded(String[] args, KumoCore core, PrintWriter out, PrintWriter err) {
        KumoCommand root = new KumoCommand(null, (c, minimized, e) -> ExitCodes.FAILURE, new InstanceCoreAccess(core));
        Function<Exception, Exception> diskFull = e -> core.database().storage().classify(e)
                .<Exception>map(full -> full).orElse(e);
        int code = configure(commands(root), out, err, diskFull).execute(args);
        try {
            core.database().sync(); // what the exit code acknowledges is on the device before the client sees it
        } catch (RuntimeException e) {
            if (code == ExitCodes.OK) { // never acknowledge what is not on the device
                err.println("kumo: " + diskFull.apply(e).getMessage());
                return ExitCodes.FAILURE;
            }
        }
        return code;
    }

    /** The command tree under {@code root}, every command with its help option. */
    static CommandLine commands(KumoCommand root) {
        return withHelp(new CommandLine(root));
    }

    /**
     * Adds {@code -h}/{@code --help} to every command that does not declare a help option itself, so a new command
     * answers it too. Added, not inherited: an inherited option would clash with a command's own
     * {@code mixinStandardHelpOptions}.
     */
    static CommandLine withHelp(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(KumoCli::withHelp);
        return command;
    }

    /** @param explain turns a failure into the one the user should read (a store failure on a full disk: disk full) */
    private static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err,
                                         Function<Exception, Exception> explain) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(KumoCli::usageError);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            Exception e = explain.apply(failure);
            if (e != failure) {
                org.slf4j.LoggerFactory.getLogger(KumoCli.class).warn("Command failed: {}", e.getMessage(), failure);
            }
            boolean usage = e instanceof ValidationException || e instanceof CliUsageException;
            boolean known = usage || e instanceof AlreadyRunningException || e instanceof DataDirectoryBusyException
                    || e instanceof ToolFailedException || e instanceof Cancellation.CancelledException
                    || e instanceof DiskFullException;
            cmd.getErr().println("kumo: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (!known) {
                org.slf4j.LoggerFactory.getLogger(KumoCli.class).error("Command failed", e);
            }
            return usage ? ExitCodes.USAGE : ExitCodes.FAILURE;
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("kumo: " + e.getMessage() + " (see '"
                + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
    }
}
