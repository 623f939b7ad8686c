package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.secrets.VariableService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kumo var set|list|rm}: global environment variables given to every run; secrets stored encrypted. */
@Command(name = "var", description = "Global environment variables for every run (secrets are stored encrypted).",
        subcommands = {VarCommand.Set.class, VarCommand.ListVariables.class, VarCommand.Remove.class})
final class VarCommand {

    static VariableService variables(CommandSpec spec) {
        return TaskCommand.access(spec).core().variableService();
    }

    @Command(name = "set", description = "Set a variable (created or replaced).")
    static final class Set implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "VALUE") String value;
        @Option(names = "--secret", description = "Store encrypted, show masked, mask in run logs.") boolean secret;
        @Option(names = "--description") String description;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            variables(spec).set(name, value, secret, description);
            spec.commandLine().getOut().println("Set " + (secret ? "secret " : "") + "variable " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List variables (secrets masked).")
    static final class ListVariables implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<VariableService.VariableView> views = variables(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(views.stream().map(VarCommand::toJson).toList()));
            } else if (views.isEmpty()) {
                out.println("No variables.");
            } else {
                views.forEach(view -> out.println(view.name() + "=" + view.shownValue() + (view.secret() ? "  (secret)" : "")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Remove a variable.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            variables(spec).remove(name);
            spec.commandLine().getOut().println("Removed variable " + name);
            return ExitCodes.OK;
        }
    }

    private static Map<String, Object> toJson(VariableService.VariableView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", view.name());
        json.put("value", view.shownValue());
        json.put("secret", view.secret());
        json.put("description", view.description());
        return json;
    }
}
