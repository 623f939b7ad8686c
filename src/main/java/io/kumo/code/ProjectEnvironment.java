package io.kumo.code;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.python.EnvironmentService;
import io.kumo.project.ProjectService;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Python environment a project's code runs in, so the editor's tools (language server, formatter, linter,
 * py_compile) see the same packages its tasks do: the environment most of its tasks use; without tasks, an
 * environment named like the project; else none, and tools use {@code python3} from the PATH.
 */
public final class ProjectEnvironment {

    /** The interpreter used when a project has no environment of its own. */
    public static final String SYSTEM_PYTHON = "python3";

    private final ProjectService projects;
    private final EnvironmentService environments;

    public ProjectEnvironment(ProjectService projects, EnvironmentService environments) {
        this.projects = projects;
        this.environments = environments;
    }

    public Optional<PythonEnvironment> of(Project project) {
        Optional<Long> mostUsed = projects.tasksUsing(project).stream().map(Task::getEnvironmentId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (mostUsed.isPresent()) {
            return environments.list().stream().filter(env -> mostUsed.get().equals(env.getId())).findFirst();
        }
        return environments.list().stream().filter(env -> env.getName().equalsIgnoreCase(project.getName())).findFirst();
    }

    /** The Python that runs the project's tools: its environment's interpreter, else {@value #SYSTEM_PYTHON}. */
    public Path python(Project project) {
        return of(project).map(env -> Path.of(env.getInterpreterPath())).orElse(Path.of(SYSTEM_PYTHON));
    }
}
