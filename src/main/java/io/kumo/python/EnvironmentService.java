package io.kumo.python;

import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.service.AuditedRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Python environments: venvs from a registered interpreter and conda environments, both kept under the data
 * directory, and the system interpreter used as it is. Creation streams the tool's output, can be cancelled, and on
 * failure or cancel leaves neither a folder nor a record behind.
 */
public final class EnvironmentService {

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentService.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CONDA_VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}");

    private final DataDirectory data;
    private final AuditedRepository<PythonEnvironment> environments;
    private final AuditedRepository<Task> tasks;
    private final ToolRunner runner;
    private final InterpreterProbe probe;
    private final Supplier<Optional<CondaTool>> conda;
    private final Supplier<Map<String, String>> toolEnvironment;
    private final OperationLogs logs;
    private final EnvironmentLeases leases;

    public EnvironmentService(DataDirectory data, AuditedRepository<PythonEnvironment> environments,
                              AuditedRepository<Task> tasks, ToolRunner runner, InterpreterProbe probe,
                              Supplier<Optional<CondaTool>> conda, Supplier<Map<String, String>> toolEnvironment,
                              Clock clock, EnvironmentLeases leases) {
        this.data = data;
        this.environments = environments;
        this.tasks = tasks;
        this.runner = runner;
        this.probe = probe;
        this.conda = conda;
        this.toolEnvironment = toolEnvironment;
        this.logs = new OperationLogs(data.installLogs(), clock);
        this.leases = leases;
    }

    public List<PythonEnvironment> list() {
        return environments.list();
    }

    public PythonEnvironment find(String name) {
        return environments.findByName(name)
                .orElseThrow(() -> new ValidationException("no environment named '" + name + "'"));
    }

    public Optional<CondaTool> condaTool() {
        return conda.get();
    }

    public boolean isBusy(PythonEnvironment environment) {
        return leases.isBusy(environment.getName());
    }

    /** A venv made with {@code interpreter -m venv} (pip included), in {@code <data>/environments/<name>}. */
    public PythonEnvironment createVenv(String name, Path interpreter, ToolOutput output, Cancellation cancellation) {
        validateNewName(name);
        InterpreterInfo base = probe.probe(interpreter, InterpreterKind.REGISTERED);
        Path location = data.environments().resolve(name);
        List<String> argv = List.of(interpreter.toString(), "-m", "venv", location.toString());
        return create(name, EnvironmentKind.VENV, location, base.path().toString(), argv, output, cancellation);
    }

    /** A conda environment with the given Python version; refused plainly when no conda, mamba or micromamba exists. */
    public PythonEnvironment createConda(String name, String pythonVersion, ToolOutput output, Cancellation cancellation) {
        validateNewName(name);
        String version = pythonVersion == null ? "" : pythonVersion.strip();
        if (!CONDA_VERSION.matcher(version).matches()) {
            throw new ValidationException("Python version: '" + version + "' is not a version such as 3.12");
        }
        CondaTool tool = conda.get().orElseThrow(() -> new ValidationException(
                "conda environments need conda, mamba or micromamba, and none was found on this machine "
                        + "(looked on PATH, in CONDA_EXE and MAMBA_EXE, and in the usual installation folders)"));
        Path location = data.environments().resolve(name);
        return create(name, EnvironmentKind.CONDA, location, "python=" + version,
                tool.createCommand(location, version), output, cancellation);
    }

    /**
     * An existing interpreter used in place (the system Python, say). Its packages stay read-only in Kumo unless
     * {@code allowPackageChanges}: installing into the system Python can break the operating system's own tools.
     */
    public PythonEnvironment useInterpreter(String name, Path interpreter, boolean allowPackageChanges) {
        validateNewName(name);
        requireUnused(name);
        InterpreterInfo info = probe.probe(interpreter.toAbsolutePath().normalize(), InterpreterKind.REGISTERED);
        PythonEnvironment environment = new PythonEnvironment(name, EnvironmentKind.SYSTEM, info.path().toString(),
                EnvironmentState.READY);
        environment.setPythonVersion(info.version());
        environment.setLocation(info.prefix());
        environment.setBaseInterpreter(info.path().toString());
        environment.setPackagesWritable(allowPackageChanges);
        return environments.create(environment);
    }

    public PythonEnvironment setPackagesWritable(PythonEnvironment environment, boolean writable) {
        environment.setPackagesWritable(writable);
        return environments.update(environment);
    }

    /** Whether the interpreter still runs; moves the state between READY and BROKEN accordingly. */
    public HealthReport check(PythonEnvironment environment) {
        try (EnvironmentLeases.Lease ignored = leases.acquire(environment, "health check")) {
            return checkAndRecord(environment);
        }
    }

    /**
     * For a state left behind by a crash (CREATING or DELETING with nothing running): the interpreter decides, READY
     * when it runs, else BROKEN.
     */
    public HealthReport reset(PythonEnvironment environment) {
        try (EnvironmentLeases.Lease ignored = leases.acquire(environment, "reset")) {
            return checkAndRecord(environment);
        }
    }

    /** The tasks that run in this environment. */
    public List<Task> tasksUsing(PythonEnvironment environment) {
        return tasks.list().stream().filter(task -> environment.getId().equals(task.getEnvironmentId())).toList();
    }

    /**
     * Removes the environment and, for the venv and conda environments Kumo made, its folder.
     *
     * @throws ValidationException while tasks still use it (naming them)
     */
    public void delete(PythonEnvironment environment) {
        List<Task> users = tasksUsing(environment);
        if (!users.isEmpty()) {
            throw new ValidationException("environment '" + environment.getName() + "' is used by "
                    + (users.size() == 1 ? "task " : "tasks ")
                    + String.join(", ", users.stream().map(Task::getName).toList())
                    + "; give them another environment or delete them first");
        }
        try (EnvironmentLeases.Lease ignored = leases.acquire(environment, "deleting")) {
            environment.setState(EnvironmentState.DELETING);
            environments.update(environment);
            ownedFolder(environment).ifPresent(this::removeFolder);
            environments.delete(environment.getId());
        }
    }

    private PythonEnvironment create(String name, EnvironmentKind kind, Path location, String base, List<String> argv,
                                     ToolOutput output, Cancellation cancellation) {
        PythonEnvironment environment = new PythonEnvironment(name, kind, interpreterIn(location).toString(),
                EnvironmentState.CREATING);
        environment.setLocation(location.toString());
        environment.setBaseInterpreter(base);
        try (EnvironmentLeases.Lease ignored = leases.acquire(environment, "creating")) {
            requireUnused(name);
            if (Files.exists(location)) {
                // no record owns it (the name is free): the leftover of a creation cut off by a crash
                LOG.warn("Removing leftover folder {} before creating environment {}", location, name);
                removeFolder(location);
            }
            environments.create(environment);
            Path log = logs.newLog(name, "create");
            try {
                ToolResult result = runner.run(ToolRunner.Invocation.streaming(argv, toolEnvironment.get(), log),
                        output, cancellation);
                if (!result.succeeded()) {
                    throw new ToolFailedException("Creating environment '" + name + "' failed: " + result.errorText(), log);
                }
                InterpreterInfo made = probe.probe(interpreterIn(location), InterpreterKind.REGISTERED);
                environment.setPythonVersion(made.version());
                environment.setState(EnvironmentState.READY);
                return environments.update(environment);
            } catch (RuntimeException e) {
                removeFolder(location);
                if (environment.getId() != null) {
                    environments.delete(environment.getId());
                }
                throw e;
            }
        }
    }

    private HealthReport checkAndRecord(PythonEnvironment environment) {
        HealthReport report;
        try {
            InterpreterInfo info = probe.probe(Path.of(environment.getInterpreterPath()), InterpreterKind.REGISTERED);
            environment.setPythonVersion(info.version());
            report = new HealthReport(true, "Python " + info.summary() + (info.pipAvailable() ? ", pip available" : ", no pip"));
        } catch (ValidationException e) {
            report = new HealthReport(false, e.getMessage());
        }
        EnvironmentState state = report.healthy() ? EnvironmentState.READY : EnvironmentState.BROKEN;
        if (environment.getState() != state) {
            environment.setState(state);
            environments.update(environment);
        }
        return report;
    }

    /** Result of a health check. */
    public record HealthReport(boolean healthy, String message) {
    }

    /** The folder Kumo made for this environment; never a folder it did not make (the system Python's prefix). */
    private Optional<Path> ownedFolder(PythonEnvironment environment) {
        if (environment.getKind() == EnvironmentKind.SYSTEM || environment.getLocation() == null) {
            return Optional.empty();
        }
        Path location = Path.of(environment.getLocation()).toAbsolutePath().normalize();
        return location.startsWith(data.environments()) && !location.equals(data.environments())
                ? Optional.of(location) : Optional.empty();
    }

    private Path interpreterIn(Path location) {
        return System.getProperty("os.name").startsWith("Windows")
                ? location.resolve("Scripts").resolve("python.exe")
                : location.resolve("bin").resolve("python");
    }

    /**
     * Checks a name for a new environment without creating anything (for dialogs that check before closing).
     *
     * @throws ValidationException naming the rule that is broken
     */
    public void validateName(String name) {
        validateNewName(name);
        requireUnused(name);
    }

    private static void validateNewName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException("environment name: '" + name + "' must be 1-64 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit (it becomes a folder name)");
        }
    }

    private void requireUnused(String name) {
        if (environments.findByName(name).isPresent()) {
            throw new ValidationException("environment name: '" + name + "' is already used");
        }
    }

    private void removeFolder(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new ToolFailedException("Cannot remove " + folder + ": " + e.getMessage(), null);
        }
    }
}
