package io.kumo.cli;

import io.kumo.config.DataDirectoryResolver;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Builds the command line: picocli parsing, one-line errors with exit code 2. */
public final class KumoCli {

    private KumoCli() {
    }

    public static CommandLine create(DataDirectoryResolver resolver, KumoCommand.DesktopStarter desktop,
                                     PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new KumoCommand(resolver, desktop));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(KumoCli::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("kumo: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("kumo: " + e.getMessage() + " (see 'kumo --help')");
        return ExitCodes.USAGE;
    }
}
