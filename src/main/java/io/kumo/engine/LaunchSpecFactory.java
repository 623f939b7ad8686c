package io.kumo.engine;

import io.kumo.common.ValidationException;
import io.kumo.config.OwnerOnly;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.secrets.VariableService;
import io.kumo.service.TaskVariables;
import io.kumo.supervisor.CommandLineSplitter;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.RunConfinement;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.RunConfiners;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a task and its run into a process launch: argv (with {@code python}/{@code pip} bound to the task's
 * environment), working directory, and the injected environment. Later entries win: the user's environment, then
 * the Python environment, the proxy settings, the package index mirrors, global variables, Kumo's own variables, the task's own
 * variables, then the run's marks (its task id, run id and instant: recovery finds its processes by them), and {@code KUMO_PAYLOAD}
 * only for a run a webhook started.
 */
public final class LaunchSpecFactory {

    /** The file holding the JSON body of the webhook request that started the run. */
    public static final String PAYLOAD_VARIABLE = "KUMO_PAYLOAD";

    private final LaunchContext context;
    private final MissingProgramAdvisor missingPrograms;
    private final ProjectCheckouts checkouts;

    public LaunchSpecFactory(LaunchContext context) {
        this(context, ProjectCheckouts.NONE);
    }

    /** With what a run's project checkout goes through before it starts (a Git project's pull, its commit). */
    public LaunchSpecFactory(LaunchContext context, ProjectCheckouts checkouts) {
        this.context = context;
        this.checkouts = checkouts;
        this.missingPrograms = new MissingProgramAdvisor(id -> Optional.empty(), context.projects(), context.environments(),
                new io.kumo.project.ProjectDetector());
    }

    /** The error a run that could not start records: a missing program says which environment lacks it. */
    public String failureMessage(Task task, Exception failure) {
        return missingPrograms.failureMessage(task, failure);
    }

    /**
     * Before the launch is prepared: the task's project checkout is brought to where the run runs it (a Git project
     * that pulls before each run pulls) and the run records its commit. What the start line adds; empty: nothing.
     */
    public String checkOut(Task task, Run run) {
        Optional<Project> project = Optional.ofNullable(task.getProjectId()).flatMap(context.projects()::apply);
        ProjectCheckouts.Checkout checkout = project.map(checkouts::beforeRun).orElse(ProjectCheckouts.Checkout.NONE);
        run.setGitCommit(checkout.commit());
        return checkout.note();
    }

    public LaunchSpec create(Task task, Run run) {
        Optional<Project> project = Optional.ofNullable(task.getProjectId()).flatMap(context.projects()::apply);
        Optional<PythonEnvironment> python = Optional.ofNullable(task.getEnvironmentId()).flatMap(context.environments()::apply);
        Path outputDir = project.map(Project::getOutputDir).filter(dir -> !dir.isBlank()).map(Path::of)
                .orElse(context.dataRoot().resolve("output").resolve(OutputFolderName.of(task.getName())));
        createDirectories(outputDir, outputDir.startsWith(context.dataRoot()));

        Map<String, String> env = new LinkedHashMap<>(context.baseEnvironment());
        python.ifPresent(environment -> bindPython(env, environment));
        env.putAll(context.proxyEnvironment().get());
        env.putAll(context.mirrorEnvironment().get());
        VariableService.RunVariables variables = context.variables().get();
        env.putAll(variables.values());
        List<String> secrets = variables.secrets();
        env.put("OUTPUT_DIR", outputDir.toString());
        env.put("DATA_DIR", outputDir.toString());
        env.put("KUMO_TASK_NAME", task.getName());
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        env.putAll(taskVariables(task));
        env.putAll(runMarks(run)); // last: no variable may hide which run a process belongs to
        payloadOf(run).ifPresentOrElse(payload -> env.put(PAYLOAD_VARIABLE, payload), () -> env.remove(PAYLOAD_VARIABLE));

        Path workDir = workDirectory(task, project);
        Path logFile = logPath(task, run);
        if (Files.exists(logFile)) { // an id reused after a restore: never write into another run's log
            throw new IllegalStateException("the log file " + logFile + " belongs to another run; it is left as it is");
        }
        RunConfinement confinement = confinement(task, run, project, python, workDir, outputDir, env);
        return new LaunchSpec(argv(task, python), workDir, env, logFile, secrets, context.logCapBytes().getAsLong(), confinement);
    }

    /** The run's limits (the task's, else the defaults) and sandbox; none where this engine confines nothing. */
    private RunConfinement confinement(Task task, Run run, Optional<Project> project, Optional<PythonEnvironment> python,
                                       Path workDir, Path outputDir, Map<String, String> env) {
        RunConfiners confiners = context.confiners().get();
        if (confiners == null) {
            return RunConfinement.NONE;
        }
        ResourceLimits limits = task.getLimits().orDefaults(context.defaultLimits().get());
        if (limits.isEmpty() && task.getSandbox().isNone()) {
            return RunConfinement.NONE;
        }
        ConfinementRequest request = new ConfinementRequest(run.getId(), task.getName(), limits, task.getSandbox(), workDir,
                project.map(p -> Path.of(p.getRootPath())), outputDir,
                python.map(PythonEnvironment::getLocation).filter(location -> location != null && !location.isBlank()).map(Path::of),
                python.map(PythonEnvironment::getPythonVersion), env, context.dataRoot());
        try {
            return confiners.forRun(request);
        } catch (IllegalStateException e) {
            throw new ValidationException("task " + task.getName() + ": " + e.getMessage());
        }
    }

    /**
     * The webhook request body's file of a run a trigger started (and of its retries and workflow steps); only such a run
     * has the variable, so a script can tell a triggered run by it whatever the user's or task's variables say.
     */
    private static Optional<String> payloadOf(Run run) {
        return Optional.ofNullable(run.getPayloadPath()).filter(path -> !path.isBlank());
    }

    /**
     * The variables that tell a run's processes apart from any other's (its task, run id and instant; every process of
     * the run inherits them): how recovery finds a run whose pid was never recorded.
     */
    static Map<String, String> runMarks(Run run) {
        Map<String, String> marks = new LinkedHashMap<>();
        marks.put("KUMO_TASK_ID", Long.toString(run.getTaskId()));
        marks.put("KUMO_RUN_ID", run.getId().toString());
        marks.put("KUMO_SCHEDULED_FOR", run.getScheduledFor().toString());
        return marks;
    }

    /** {@code <data>/logs/runs/<task id>/<run id>.log}; a workflow step's attempt: {@code .../workflow-<workflow run id>/<run id>.log} */
    public Path logPath(Task task, Run run) {
        String folder = run.isWorkflowStep() ? "workflow-" + run.getWorkflowRunId() : task.getId().toString();
        return context.runLogs().resolve(folder).resolve(run.getId() + ".log");
    }

    private static void bindPython(Map<String, String> env, PythonEnvironment environment) {
        Path bin = Path.of(environment.getInterpreterPath()).getParent();
        String path = env.getOrDefault("PATH", "");
        env.put("PATH", bin + (path.isEmpty() ? "" : File.pathSeparator + path));
        if (environment.getKind() == EnvironmentKind.VENV && environment.getLocation() != null) {
            env.put("VIRTUAL_ENV", environment.getLocation());
        }
        if (environment.getKind() == EnvironmentKind.CONDA && environment.getLocation() != null) {
            env.put("CONDA_PREFIX", environment.getLocation());
        }
    }

    private List<String> argv(Task task, Optional<PythonEnvironment> python) {
        if (task.isUseShell()) {
            return System.getProperty("os.name").startsWith("Windows")
                    ? List.of("cmd", "/c", task.getCommand())
                    : List.of("/bin/sh", "-c", task.getCommand());
        }
        List<String> argv = new ArrayList<>(CommandLineSplitter.split(task.getCommand()));
        String program = argv.getFirst().toLowerCase(Locale.ROOT);
        boolean isPython = program.equals("python") || program.equals("python3");
        boolean isPip = program.equals("pip") || program.equals("pip3");
        if (python.isPresent() && (isPython || isPip)) {
            argv.set(0, python.get().getInterpreterPath());
            if (isPip) {
                argv.addAll(1, List.of("-m", "pip"));
            }
        }
        return argv;
    }

    private Path workDirectory(Task task, Optional<Project> project) {
        Path base = project.map(p -> Path.of(p.getRootPath())).orElse(Path.of(System.getProperty("user.home")));
        if (project.isPresent() && project.get().getWorkDir() != null && !project.get().getWorkDir().isBlank()) {
            base = base.resolve(project.get().getWorkDir());
        }
        if (task.getWorkDir() != null && !task.getWorkDir().isBlank()) {
            base = base.resolve(task.getWorkDir());
        }
        return base.normalize();
    }

    static Map<String, String> taskVariables(Task task) {
        try {
            return TaskVariables.decodeMap(task.getEnvironmentVariables());
        } catch (ValidationException e) {
            throw new ValidationException("task " + task.getName() + ": its environment variables are not valid JSON");
        }
    }

    /** Owner-only inside the data directory; a project's own output folder elsewhere is the user's to set up. */
    private static void createDirectories(Path dir, boolean insideData) {
        try {
            if (insideData) {
                OwnerOnly.createDirectories(dir);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
