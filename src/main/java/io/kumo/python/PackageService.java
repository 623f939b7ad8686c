package io.kumo.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.audit.AuditAction;
import io.kumo.common.ValidationException;
import io.kumo.config.OwnerOnly;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The packages of an environment, through its own interpreter's pip ({@code python -m pip}) or, for conda
 * environments, conda. Every change streams the tool's output and keeps it in the install logs; a failure carries
 * the tool's own error text. Package index arguments come from the mirror list, the proxy from the settings.
 */
public final class PackageService {

    private static final Duration LIST_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SPEC_LENGTH = 300;

    private final ToolRunner runner;
    private final MirrorService mirrors;
    private final Supplier<Optional<CondaTool>> conda;
    private final Supplier<Map<String, String>> toolEnvironment;
    private final OperationLogs logs;
    private final EnvironmentLeases leases;
    private final PackageChangeAudit audit;

    PackageService(ToolRunner runner, MirrorService mirrors, Supplier<Optional<CondaTool>> conda,
                   Supplier<Map<String, String>> toolEnvironment, Path installLogs, Clock clock,
                   EnvironmentLeases leases, PackageChangeAudit audit) {
        this.runner = runner;
        this.mirrors = mirrors;
        this.conda = conda;
        this.toolEnvironment = toolEnvironment;
        this.logs = new OperationLogs(installLogs, clock);
        this.leases = leases;
        this.audit = audit;
    }

    /** Installed packages by name: {@code pip list} (or {@code conda list} for conda environments). */
    public List<InstalledPackage> list(PythonEnvironment environment) {
        requireReady(environment);
        Optional<CondaTool> tool = condaFor(environment);
        List<String> argv = tool.map(t -> t.listCommand(Path.of(environment.getLocation())))
                .orElse(pip(environment, "list", "--format=json", "-v"));
        ToolResult result = runner.run(ToolRunner.Invocation.capturing(argv, toolEnvironment.get(), LIST_TIMEOUT),
                ToolOutput.discard(), Cancellation.none());
        if (!result.succeeded()) {
            throw new ToolFailedException("Listing the packages of '" + environment.getName() + "' failed: "
                    + result.errorText(), null);
        }
        List<InstalledPackage> packages = new ArrayList<>();
        try {
            for (JsonNode node : JSON.readTree(result.stdout())) {
                String location = tool.isPresent() ? node.path("channel").asText("") : node.path("location").asText("");
                packages.add(new InstalledPackage(node.path("name").asText(), node.path("version").asText(), location));
            }
        } catch (IOException e) {
            throw new ToolFailedException("The package list of '" + environment.getName() + "' could not be read: "
                    + e.getMessage(), null);
        }
        packages.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
        return packages;
    }

    /** Installs requirement specs such as {@code requests==2.31} or {@code pandas>=2}. */
    public void install(PythonEnvironment environment, List<String> specs, ToolOutput output, Cancellation cancellation) {
        List<String> checked = checkSpecs(specs, "requirement");
        change(environment, "install", packages(AuditAction.INSTALL, checked), output, cancellation, condaFor(environment)
                .map(tool -> tool.installCommand(Path.of(environment.getLocation()), checked))
                .orElseGet(() -> pipInstall(environment, checked)));
    }

    /** {@code pip install --upgrade} (or {@code conda update}) of the named packages. */
    public void upgrade(PythonEnvironment environment, List<String> names, ToolOutput output, Cancellation cancellation) {
        List<String> checked = checkSpecs(names, "package");
        List<String> arguments = new ArrayList<>(List.of("--upgrade"));
        arguments.addAll(checked);
        change(environment, "upgrade", packages(AuditAction.UPGRADE, checked), output, cancellation, condaFor(environment)
                .map(tool -> tool.updateCommand(Path.of(environment.getLocation()), checked))
                .orElseGet(() -> pipInstall(environment, arguments)));
    }

    public void uninstall(PythonEnvironment environment, List<String> names, ToolOutput output, Cancellation cancellation) {
        List<String> checked = checkSpecs(names, "package");
        List<String> pipArguments = new ArrayList<>(List.of("uninstall", "-y"));
        pipArguments.addAll(checked);
        change(environment, "uninstall", packages(AuditAction.UNINSTALL, checked), output, cancellation, condaFor(environment)
                .map(tool -> tool.removeCommand(Path.of(environment.getLocation()), checked))
                .orElseGet(() -> pip(environment, pipArguments.toArray(String[]::new))));
    }

    /** {@code pip install -r FILE} (pip also for conda environments: requirements files are pip's format). */
    public void installRequirements(PythonEnvironment environment, Path requirements, ToolOutput output,
                                    Cancellation cancellation) {
        if (!Files.isRegularFile(requirements)) {
            throw new ValidationException("requirements file: no file at " + requirements);
        }
        change(environment, "requirements", new PackageChangeAudit.Change(AuditAction.INSTALL, "requirements",
                requirements.toAbsolutePath().toString()), output, cancellation,
                pipInstall(environment, List.of("-r", requirements.toAbsolutePath().toString())));
    }

    /** Writes {@code pip freeze} to {@code target}; returns the number of pinned requirements. */
    public int exportFreeze(PythonEnvironment environment, Path target) {
        requireReady(environment);
        ToolResult result = runner.run(ToolRunner.Invocation.capturing(pip(environment, "freeze"), toolEnvironment.get(),
                LIST_TIMEOUT), ToolOutput.discard(), Cancellation.none());
        if (!result.succeeded()) {
            throw new ToolFailedException("pip freeze failed: " + result.errorText(), null);
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OwnerOnly.write(target, result.stdout().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ToolFailedException("Cannot write " + target + ": " + e.getMessage(), null);
        }
        return (int) result.stdout().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    }

    /** The full pip argv for an install with the mirrors' index arguments (shown to users and tests). */
    public List<String> pipInstall(PythonEnvironment environment, List<String> arguments) {
        List<String> argv = new ArrayList<>(pip(environment, "install", "--progress-bar", "off"));
        argv.addAll(mirrors.pipArguments());
        argv.addAll(arguments);
        return argv;
    }

    /**
     * The environment pip runs with: the proxy settings, and when Kumo has enabled mirrors, no pip configuration
     * files, so that the mirror list alone decides where packages come from (a pip.conf could add other indexes).
     */
    private Map<String, String> pipEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>(toolEnvironment.get());
        if (mirrors.hasEnabledMirror()) {
            env.put("PIP_CONFIG_FILE", System.getProperty("os.name").startsWith("Windows") ? "nul" : "/dev/null");
        }
        return env;
    }

    private static PackageChangeAudit.Change packages(AuditAction action, List<String> names) {
        return new PackageChangeAudit.Change(action, "packages", String.join(" ", names));
    }

    private void change(PythonEnvironment environment, String action, PackageChangeAudit.Change audited,
                        ToolOutput output, Cancellation cancellation, List<String> argv) {
        requireReady(environment);
        if (!environment.isPackagesWritable()) {
            throw new ValidationException("environment '" + environment.getName() + "' uses the system interpreter "
                    + "and its packages are read-only in Kumo; allow package changes for it first");
        }
        try (EnvironmentLeases.Lease ignored = leases.acquire(environment, action)) {
            Path log = logs.newLog(environment.getName(), action);
            ToolResult result;
            try {
                result = runner.run(ToolRunner.Invocation.streaming(argv, pipEnvironment(), log), output, cancellation);
            } catch (Cancellation.CancelledException e) {
                audit.failed(environment, audited, capitalized(action) + " in '" + environment.getName() + "' was cancelled");
                throw e;
            } catch (RuntimeException e) { // the tool could not even run: still a change the user asked for
                audit.failed(environment, audited, capitalized(action) + " in '" + environment.getName() + "' failed: "
                        + (e.getMessage() == null ? e : e.getMessage()));
                throw e;
            }
            if (!result.succeeded()) {
                ToolFailedException failure = new ToolFailedException(capitalized(action) + " in '"
                        + environment.getName() + "' failed: " + result.errorText(), log);
                audit.failed(environment, audited, failure.getMessage());
                throw failure;
            }
            audit.succeeded(environment, audited);
        }
    }

    private Optional<CondaTool> condaFor(PythonEnvironment environment) {
        return environment.getKind() == EnvironmentKind.CONDA ? conda.get() : Optional.empty();
    }

    private static List<String> pip(PythonEnvironment environment, String... arguments) {
        List<String> argv = new ArrayList<>(List.of(environment.getInterpreterPath(), "-m", "pip"));
        argv.addAll(List.of(arguments));
        return argv;
    }

    private static void requireReady(PythonEnvironment environment) {
        if (environment.getState() != EnvironmentState.READY) {
            throw new ValidationException("environment '" + environment.getName() + "' is " +
                    environment.getState().name().toLowerCase(Locale.ROOT) + ", not ready");
        }
    }

    /** Specs are passed to pip as arguments: one starting with '-' would be read as an option, so it is refused. */
    static List<String> checkSpecs(List<String> specs, String what) {
        List<String> checked = specs == null ? List.of() : specs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (checked.isEmpty()) {
            throw new ValidationException("no " + what + " given");
        }
        for (String spec : checked) {
            if (spec.startsWith("-")) {
                throw new ValidationException(what + ": '" + spec + "' looks like an option, not a " + what);
            }
            if (spec.length() > MAX_SPEC_LENGTH || spec.chars().anyMatch(Character::isISOControl)) {
                throw new ValidationException(what + ": '" + spec + "' is not a valid " + what);
            }
        }
        return checked;
    }

    private static String capitalized(String action) {
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
