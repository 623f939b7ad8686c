package io.kumo.datacheck;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.ValidationException;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.service.AuditedRepository;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds what no longer fits together (runs whose task was deleted, log files no run points to, projects whose folder
 * vanished, environments whose interpreter vanished) and cleans each kind on request. Finding changes nothing.
 */
public final class DataCheck {

    private final Database database;
    private final Path runLogs;
    private final AuditedRepository<Task> tasks;
    private final AuditedRepository<Project> projects;
    private final AuditedRepository<PythonEnvironment> environments;
    private final AuditService audit;

    public DataCheck(Database database, Path runLogs, AuditedRepository<Task> tasks, AuditedRepository<Project> projects,
                     AuditedRepository<PythonEnvironment> environments, AuditService audit) {
        this.database = database;
        this.runLogs = runLogs;
        this.tasks = tasks;
        this.projects = projects;
        this.environments = environments;
        this.audit = audit;
    }

    public List<Finding> run() {
        return List.of(
                new Finding(Finding.Kind.RUNS_WITHOUT_TASK, orphanRuns()),
                new Finding(Finding.Kind.LOGS_WITHOUT_RUN, orphanLogs().stream().map(Path::toString).toList()),
                new Finding(Finding.Kind.PROJECTS_WITHOUT_FOLDER, projectsWithoutFolder().stream().map(Project::getName).toList()),
                new Finding(Finding.Kind.ENVIRONMENTS_WITHOUT_INTERPRETER,
                        environmentsWithoutInterpreter().stream().map(PythonEnvironment::getName).toList()));
    }

    /** Cleans one kind; returns how many items went. Projects and environments still used by tasks are kept. */
    public int clean(Finding.Kind kind) {
        int cleaned = switch (kind) {
            case RUNS_WITHOUT_TASK -> deleteOrphanRuns();
            case LOGS_WITHOUT_RUN -> deleteOrphanLogs();
            case PROJECTS_WITHOUT_FOLDER -> removeUnusedProjects(projectsWithoutFolder());
            case ENVIRONMENTS_WITHOUT_INTERPRETER -> markBroken(environmentsWithoutInterpreter());
        };
        audit.record(AuditAction.DATA_CHECK.name(), "DATA", null, kind.label(), List.of(), "cleaned " + cleaned);
        return cleaned;
    }

    private List<String> orphanRuns() {
        return StoreException.unchecked(() -> database.runs().queryRaw(
                "SELECT task_name, COUNT(*) FROM runs WHERE workflow_run_id IS NULL AND task_id NOT IN (SELECT id FROM tasks) GROUP BY task_name ORDER BY task_name")
                .getResults()).stream().map(row -> row[0] + " (" + row[1] + " runs)").toList();
    }

    private int deleteOrphanRuns() {
        List<String[]> rows = StoreException.unchecked(() -> database.runs().queryRaw(
                "SELECT id, log_path FROM runs WHERE workflow_run_id IS NULL AND task_id NOT IN (SELECT id FROM tasks)").getResults());
        for (String[] row : rows) {
            if (row[1] != null) {
                try {
                    Files.deleteIfExists(Path.of(row[1]));
                } catch (IOException e) {
                    // found again as a log without a run
                }
            }
        }
        return StoreException.unchecked(() -> database.runs().executeRaw(
                "DELETE FROM runs WHERE workflow_run_id IS NULL AND task_id NOT IN (SELECT id FROM tasks)"));
    }

    private List<Path> orphanLogs() {
        if (!Files.isDirectory(runLogs)) {
            return List.of();
        }
        Set<String> known = new HashSet<>(StoreException.unchecked(() -> database.runs().queryRaw(
                "SELECT log_path FROM runs WHERE log_path IS NOT NULL").getResults()).stream().map(row -> row[0]).toList());
        try (Stream<Path> files = Files.walk(runLogs, 2)) {
            return files.filter(Files::isRegularFile).filter(file -> !known.contains(file.toString())).sorted().toList();
        } catch (IOException e) {
            throw new ValidationException("Cannot read the run logs folder: " + e.getMessage());
        }
    }

    private int deleteOrphanLogs() {
        int deleted = 0;
        for (Path file : orphanLogs()) {
            try {
                Files.deleteIfExists(file);
                deleted++;
            } catch (IOException e) {
                // still listed next time
            }
        }
        return deleted;
    }

    private List<Project> projectsWithoutFolder() {
        return projects.list().stream().filter(project -> !Files.isDirectory(Path.of(project.getRootPath()))).toList();
    }

    private List<PythonEnvironment> environmentsWithoutInterpreter() {
        return environments.list().stream().filter(env -> env.getState() != EnvironmentState.CREATING)
                .filter(env -> !Files.exists(Path.of(env.getInterpreterPath()))).toList();
    }

    private int markBroken(List<PythonEnvironment> vanished) {
        int marked = 0;
        for (PythonEnvironment environment : vanished) {
            if (environment.getState() != EnvironmentState.BROKEN) {
                environment.setState(EnvironmentState.BROKEN);
                environments.update(environment);
                marked++;
            }
        }
        return marked;
    }

    /** Removes the records of the given projects that no task uses; the others stay (their tasks need them). */
    private int removeUnusedProjects(List<Project> vanished) {
        Set<Long> used = new HashSet<>();
        tasks.list().forEach(task -> used.add(task.getProjectId()));
        List<Project> removable = vanished.stream().filter(project -> !used.contains(project.getId())).toList();
        removable.forEach(project -> projects.delete(project.getId()));
        return removable.size();
    }
}
