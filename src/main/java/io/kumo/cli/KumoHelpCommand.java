package io.kumo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo help [COMMAND...]}: the usage of kumo or of a nested command ({@code kumo help task add}); an unknown
 * command is a usage error naming where it was looked for.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of kumo or of a command, e.g. 'kumo help task add'.")
final class KumoHelpCommand implements IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommand) to explain.")
    String[] commands = {};

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : commands) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(self, "Unknown command '" + name + "' in '"
                        + target.getCommandSpec().qualifiedName() + "'", null, name);
            }
            target = sub;
        }
        target.usage(out, colors);
    }
}
