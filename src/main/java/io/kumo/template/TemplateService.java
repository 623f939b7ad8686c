package io.kumo.template;

import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.project.ProjectService;
import io.kumo.python.Cancellation;
import io.kumo.python.PackageService;
import io.kumo.python.ToolOutput;
import io.kumo.service.TaskService;
import io.kumo.service.TaskVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * New projects from built-in templates, for the window, the CLI and the API alike: the files are written to a
 * staging folder and imported like any folder ({@link ProjectService#importFolder}); the suggested tasks and the
 * requirements follow when asked. Names are checked before anything is written.
 */
public final class TemplateService {

    private static final String REQUIREMENTS = "requirements.txt";

    private final TemplateCatalog catalog;
    private final ProjectService projects;
    private final TaskService tasks;
    private final PackageService packages;

    public TemplateService(TemplateCatalog catalog, ProjectService projects, TaskService tasks, PackageService packages) {
        this.catalog = catalog;
        this.projects = projects;
        this.tasks = tasks;
        this.packages = packages;
    }

    public List<ProjectTemplate> templates() {
        return catalog.list();
    }

    public ProjectTemplate template(String id) {
        return catalog.get(id);
    }

    /**
     * Creates the project and, when asked, its tasks; installing the requirements is a separate, slow step
     * ({@link #installRequirements}) so that callers can show its progress.
     */
    public CreatedProject create(NewProject request) {
        ProjectTemplate template = catalog.get(request.templateId());
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("project name: must not be empty");
        }
        if (projects.list().stream().anyMatch(project -> project.getName().equals(name))) {
            throw new ValidationException("project name: '" + name + "' is already used");
        }
        if (request.withTasks()) {
            requireFreeTaskNames(template, name);
        }
        Project project = importFiles(template, name);
        List<Task> created = new ArrayList<>();
        if (request.withTasks()) {
            try {
                for (SuggestedTask suggested : template.tasks()) {
                    created.add(tasks.create(taskFor(suggested, project, request)));
                }
            } catch (RuntimeException e) {
                created.forEach(task -> tasks.delete(task.getId()));
                projects.delete(project, false);
                throw e;
            }
        }
        return new CreatedProject(project, created);
    }

    /** True when the template lists packages to install (the emailer needs none). */
    public boolean hasRequirements(Project project) {
        return !requirementLines(Path.of(project.getRootPath()).resolve(REQUIREMENTS)).isEmpty();
    }

    /** {@code pip install -r requirements.txt} of the project into the environment; nothing when it lists nothing. */
    public void installRequirements(Project project, PythonEnvironment environment, ToolOutput output, Cancellation cancellation) {
        Path requirements = Path.of(project.getRootPath()).resolve(REQUIREMENTS);
        if (requirementLines(requirements).isEmpty()) {
            output.line("No requirements to install.");
            return;
        }
        packages.installRequirements(environment, requirements, output, cancellation);
    }

    private void requireFreeTaskNames(ProjectTemplate template, String projectName) {
        List<String> taken = template.tasks().stream().map(task -> task.nameFor(projectName))
                .filter(taskName -> tasks.findNamed(taskName).isPresent()).toList();
        if (!taken.isEmpty()) {
            throw new ValidationException("task name: '" + String.join("', '", taken) + "' is already used; choose another "
                    + "project name or create the project without its tasks");
        }
    }

    private Project importFiles(ProjectTemplate template, String name) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("kumo-template-");
            for (String file : template.files()) {
                Path target = staging.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, catalog.file(template, file));
            }
            Project project = projects.importFolder(staging, name);
            project.setDescription(template.title());
            return projects.save(project);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write template " + template.id() + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                FileTrees.deleteQuietly(staging);
            }
        }
    }

    private static Task taskFor(SuggestedTask suggested, Project project, NewProject request) {
        Task task = new Task(suggested.nameFor(project.getName()), suggested.command());
        task.setDescription(suggested.description());
        task.setProjectId(project.getId());
        if (request.environment() != null) {
            task.setEnvironmentId(request.environment().getId());
        }
        if (suggested.cron() != null && !suggested.cron().isBlank()) {
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression(suggested.cron());
        }
        task.setEnvironmentVariables(TaskVariables.encode(suggested.env()));
        task.setEnabled(request.enableTasks());
        return task;
    }

    private static List<String> requirementLines(Path requirements) {
        try {
            return Files.isRegularFile(requirements) ? Files.readAllLines(requirements).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
