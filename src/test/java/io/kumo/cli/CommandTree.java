package io.kumo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Every command of {@code kumo}, read from the picocli model, by the words that name it below {@code kumo}. */
final class CommandTree {

    private CommandTree() {
    }

    /** {@code [] -> kumo}, {@code [task] -> kumo task}, {@code [task, add] -> kumo task add}, ...; aliases once. */
    static Map<List<String>, CommandLine> commands() {
        Map<CommandLine, List<String>> paths = new LinkedHashMap<>();
        walk(KumoCli.commands(new KumoCommand(null, null, null)), List.of(), paths);
        Map<List<String>, CommandLine> byPath = new LinkedHashMap<>();
        paths.forEach((command, path) -> byPath.put(path, command));
        return byPath;
    }

    private static void walk(CommandLine command, List<String> path, Map<CommandLine, List<String>> paths) {
        if (paths.putIfAbsent(command, path) != null) {
            return; // an alias of a command already seen
        }
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            walk(sub, subPath, paths);
        });
    }
}
