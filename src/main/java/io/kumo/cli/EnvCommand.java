package io.kumo.cli;

import io.kumo.json.EnvironmentJson;
import io.kumo.json.Json;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.python.EnvironmentService;
import io.kumo.python.InstalledPackage;
import io.kumo.python.InterpreterInfo;
import io.kumo.python.PackageService;
import io.kumo.python.PythonServices;
import io.kumo.python.ToolOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kumo env list|create|rm|check|packages|install|upgrade|uninstall|freeze|interpreters}. */
@Command(name = "env", description = "Python environments and their packages.", subcommands = {
        EnvCommand.ListEnvironments.class, EnvCommand.Create.class, EnvCommand.Remove.class, EnvCommand.Check.class,
        EnvCommand.Packages.class, EnvCommand.Install.class, EnvCommand.Upgrade.class, EnvCommand.Uninstall.class,
        EnvCommand.Freeze.class, EnvCommand.Interpreters.class})
final class EnvCommand {

    static PythonServices python(CommandSpec spec) {
        return TaskCommand.access(spec).core().python();
    }

    static PythonEnvironment find(CommandSpec spec, String name) {
        return python(spec).environments().find(name);
    }

    /** Tool output straight to the terminal, line by line, while the tool runs. */
    static ToolOutput printing(CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        return line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        };
    }

    @Command(name = "list", description = "List environments.")
    static final class ListEnvironments implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<PythonEnvironment> environments = python(spec).environments().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(environments.stream().map(EnvironmentJson::of).toList()));
            } else if (environments.isEmpty()) {
                out.println("No environments. Create one with: kumo env create NAME --python PATH");
            } else {
                environments.forEach(env -> out.printf("%-24s %-6s %-8s %-10s %s%n", env.getName(),
                        env.getKind().name().toLowerCase(Locale.ROOT), env.getState(),
                        env.getPythonVersion() == null ? "-" : env.getPythonVersion(), env.getInterpreterPath()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", description = "Create a venv from an interpreter, or a conda environment.")
    static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;

        static final class Source {
            @Option(names = "--python", paramLabel = "PATH", required = true,
                    description = "Interpreter to make a venv from (a path, or a name on PATH such as python3.12).")
            String python;
            @Option(names = "--conda", paramLabel = "VERSION", required = true,
                    description = "Python version for a conda environment (needs conda, mamba or micromamba).")
            String conda;
            @Option(names = "--system", paramLabel = "PATH", required = true,
                    description = "Use this interpreter as it is, without a venv.")
            String system;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Source source;
        @Option(names = "--allow-package-changes", description = "With --system: let Kumo install into that interpreter.")
        boolean allowPackageChanges;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            EnvironmentService environments = python(spec).environments();
            PythonEnvironment made;
            if (source.python != null) {
                made = environments.createVenv(name, interpreter(spec, source.python), printing(spec), Cancellation.none());
            } else if (source.conda != null) {
                made = environments.createConda(name, source.conda, printing(spec), Cancellation.none());
            } else {
                made = environments.useInterpreter(name, interpreter(spec, source.system), allowPackageChanges);
            }
            spec.commandLine().getOut().println("Environment '" + made.getName() + "' is ready: Python "
                    + made.getPythonVersion() + " at " + made.getInterpreterPath());
            return ExitCodes.OK;
        }
    }

    @Command(name = "rm", description = "Delete an environment (refused while tasks use it).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            python(spec).environments().delete(find(spec, name));
            spec.commandLine().getOut().println("Deleted environment '" + name + "'");
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", description = "Check that an environment's interpreter still runs.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            EnvironmentService.HealthReport report = python(spec).environments().check(find(spec, name));
            spec.commandLine().getOut().println(name + ": " + (report.healthy() ? "ready, " : "BROKEN, ") + report.message());
            return report.healthy() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @Command(name = "packages", description = "List the packages installed in an environment.")
    static final class Packages implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--json") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<InstalledPackage> packages = python(spec).packages().list(find(spec, name));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(packages));
            } else {
                packages.forEach(p -> out.printf("%-32s %-16s %s%n", p.name(), p.version(), p.location()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "install", description = "Install requirement specs (requests==2.31 'pandas>=2') and/or a requirements file.")
    static final class Install implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1..*", paramLabel = "SPEC", arity = "0..*") List<String> specs = List.of();
        @Option(names = {"-r", "--requirements"}, paramLabel = "FILE") Path requirements;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PythonEnvironment environment = find(spec, name);
            if (specs.isEmpty() && requirements == null) {
                throw new CliUsageException("install: give at least one SPEC or -r FILE");
            }
            if (!specs.isEmpty()) {
                python(spec).packages().install(environment, specs, printing(spec), Cancellation.none());
            }
            if (requirements != null) {
                python(spec).packages().installRequirements(environment, KumoCommand.clientPath(spec, requirements),
                        printing(spec), Cancellation.none());
            }
            return ExitCodes.OK;
        }
    }

    /** A change to named packages of one environment. */
    abstract static class PackageChange implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1..*", paramLabel = "PKG", arity = "1..*") List<String> packages;
        @Spec CommandSpec spec;

        abstract void apply(PackageService service, PythonEnvironment environment, List<String> names, ToolOutput output);

        @Override
        public Integer call() {
            apply(python(spec).packages(), find(spec, name), packages, printing(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "upgrade", description = "Upgrade packages to their newest version.")
    static final class Upgrade extends PackageChange {
        @Override
        void apply(PackageService service, PythonEnvironment environment, List<String> names, ToolOutput output) {
            service.upgrade(environment, names, output, Cancellation.none());
        }
    }

    @Command(name = "uninstall", description = "Uninstall packages.")
    static final class Uninstall extends PackageChange {
        @Override
        void apply(PackageService service, PythonEnvironment environment, List<String> names, ToolOutput output) {
            service.uninstall(environment, names, output, Cancellation.none());
        }
    }

    @Command(name = "freeze", description = "Write 'pip freeze' of an environment to a file.")
    static final class Freeze implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path target = KumoCommand.clientPath(spec, file);
            int count = python(spec).packages().exportFreeze(find(spec, name), target);
            spec.commandLine().getOut().println("Wrote " + count + " requirements to " + target);
            return ExitCodes.OK;
        }
    }

    @Command(name = "interpreters", description = "List the Python interpreters found on this machine and registered.")
    static final class Interpreters implements Callable<Integer> {
        @Option(names = "--json") boolean json;
        @Option(names = "--register", paramLabel = "PATH", description = "Register an interpreter by its path first.")
        Path register;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            if (register != null) {
                python(spec).interpreters().register(KumoCommand.clientPath(spec, register));
            }
            List<InterpreterInfo> interpreters = python(spec).interpreters().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(interpreters.stream().map(EnvCommand::toJson).toList()));
            } else {
                interpreters.forEach(i -> out.printf("%-10s %-20s %-16s pip:%-3s %s%n", i.version(),
                        i.implementation() + " " + i.architecture(), i.kind().label(), i.pipAvailable() ? "yes" : "no", i.path()));
            }
            return ExitCodes.OK;
        }
    }

    static Path interpreter(CommandSpec spec, String value) {
        Path located = python(spec).interpreters().locate(value);
        return located.isAbsolute() ? located : KumoCommand.clientPath(spec, located);
    }

    private static Map<String, Object> toJson(InterpreterInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", info.path().toString());
        json.put("kind", info.kind().name().toLowerCase(Locale.ROOT));
        json.put("version", info.version());
        json.put("implementation", info.implementation());
        json.put("architecture", info.architecture());
        json.put("pip", info.pipAvailable());
        return json;
    }
}
