package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.domain.PypiMirror;
import io.kumo.python.MirrorProbe;
import io.kumo.python.MirrorService;
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

/** {@code kumo mirror list|add|rm|test}: the package indexes pip installs from, in order. */
@Command(name = "mirror", description = "PyPI mirrors: the first enabled is pip's index, the others extra indexes.",
        subcommands = {MirrorCommand.ListMirrors.class, MirrorCommand.Add.class, MirrorCommand.Remove.class,
                MirrorCommand.Test.class})
final class MirrorCommand {

    static MirrorService mirrors(CommandSpec spec) {
        return TaskCommand.access(spec).core().mirrors();
    }

    @Command(name = "list", description = "List mirrors in order.")
    static final class ListMirrors implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<PypiMirror> mirrors = mirrors(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(mirrors.stream().map(MirrorCommand::toJson).toList()));
            } else if (mirrors.isEmpty()) {
                out.println("No mirrors: pip uses its own configuration (PyPI by default).");
            } else {
                for (PypiMirror mirror : mirrors) {
                    out.printf("%d. %s%s%s%n", mirror.getPosition() + 1, mirror.getUrl(),
                            mirror.isEnabled() ? "" : " (disabled)", mirror.isTrusted() ? " (trusted host)" : "");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", description = "Add a mirror, last or at a priority (1 = first).")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Option(names = "--priority", paramLabel = "N") Integer priority;
        @Option(names = "--trusted", description = "Pass its host to pip as --trusted-host.") boolean trusted;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PypiMirror mirror = mirrors(spec).add(url, priority, trusted);
            spec.commandLine().getOut().println("Added mirror " + mirror.getUrl() + " at position " + (mirror.getPosition() + 1));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Remove a mirror.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            mirrors(spec).remove(url);
            spec.commandLine().getOut().println("Removed mirror " + url.strip());
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", description = "Check that a URL serves a package index (/simple/) page.")
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            MirrorProbe.Result result = TaskCommand.access(spec).core().python().mirrorProbe().get().test(url);
            (result.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println((result.ok() ? "" : "kumo: ") + result.message());
            return result.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    private static Map<String, Object> toJson(PypiMirror mirror) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", mirror.getUrl());
        json.put("priority", mirror.getPosition() + 1);
        json.put("enabled", mirror.isEnabled());
        json.put("trusted", mirror.isTrusted());
        return json;
    }
}
