package io.kumo.cli;

import io.kumo.config.DataDirectoryResolver;
import io.kumo.core.KumoCore;
import io.kumo.core.ValidationException;
import io.kumo.instance.AlreadyRunningException;
import io.kumo.python.Cancellation;
import io.kumo.python.ToolFailedException;
import io.kumo.store.DiskFullException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: picocli parsing, one-line errors with exit code 2, and the choice between running a command here
 * or in the Kumo instance that already holds the data directory.
 */
public final class KumoCli {

    /** Subcommands that need the data directory, and so go to a running instance when there is one. */
    private static final Set<String> INSTANCE_COMMANDS = Set.of("task", "run", "runs", "env", "mirror", "project", "var",
            "audit", "backup");

    private final DataDirectoryResolver resolver;
    private final KumoCommand.DesktopStarter desktop;
    private final PrintWriter out;
    private final PrintWriter err;

    public KumoCli(DataDirectoryResolver resolver, KumoCommand.DesktopStarter desktop, PrintWriter out, PrintWriter err) {
        this.resolver = resolver;
        this.desktop = desktop;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        KumoCommand root = new KumoCommand(resolver, desktop, null);
        CommandLine commandLine = configure(new CommandLine(root), out, err);
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            return usageError(e, args);
        }
        if (!parsed.hasSubcommand() || !INSTANCE_COMMANDS.contains(parsed.subcommand().commandSpec().name())) {
            return execute(commandLine, root, args);
        }
        Path socket = InstanceChannel.socketOf(root.dataDirectory().root());
        try (ClientInput input = ClientInput.of(args, root.dataDirectory().root())) {
            List<String> request = new ArrayList<>(List.of("--client-dir", Path.of("").toAbsolutePath().toString()));
            request.addAll(input.arguments());
            Optional<Integer> forwarded = InstanceChannel.forward(socket, request, out, err);
            return forwarded.orElseGet(() -> execute(commandLine, root, input.arguments().toArray(String[]::new)));
        } catch (IOException e) {
            err.println("kumo: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
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
        int code = configure(new CommandLine(root), out, err).execute(args);
        core.database().sync(); // what the exit code acknowledges is on the device before the client sees it
        return code;
    }

    private static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(KumoCli::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean usage = e instanceof ValidationException || e instanceof CliUsageException;
            boolean known = usage || e instanceof AlreadyRunningException || e instanceof ToolFailedException
                    || e instanceof Cancellation.CancelledException || e instanceof DiskFullException;
            cmd.getErr().println("kumo: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (!known) {
                org.slf4j.LoggerFactory.getLogger(KumoCli.class).error("Command failed", e);
            }
            return usage ? ExitCodes.USAGE : ExitCodes.FAILURE;
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("kumo: " + e.getMessage() + " (see 'kumo --help')");
        return ExitCodes.USAGE;
    }
}
