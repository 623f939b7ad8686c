package io.kumo.template.archive;

import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.project.ArchiveRejectedException;
import io.kumo.project.ProjectService;
import io.kumo.python.EnvironmentService;
import io.kumo.service.TaskService;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowYaml;
import io.kumo.workflow.service.WorkflowService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Imports a project archive as a new project with its tasks and workflows. Every name is checked before anything is
 * written, so a clash leaves nothing behind; a task's environment is kept when one of that name exists here.
 */
final class ProjectImporter {

    private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

    private final ProjectService projects;
    private final TaskService tasks;
    private final EnvironmentService environments;
    private final WorkflowService workflows;

    ProjectImporter(ProjectService projects, TaskService tasks, EnvironmentService environments, WorkflowService workflows) {
        this.projects = projects;
        this.tasks = tasks;
        this.environments = environments;
        this.workflows = workflows;
    }

    /** True when the file is a ZIP holding a manifest; false for a plain ZIP and for anything unreadable (the plain import says why). */
    static boolean hasManifest(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getEntry(ArchiveManifest.FILE) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The archive's manifest, or empty for a plain ZIP of files. */
    static Optional<ArchiveManifest> manifestOf(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new ValidationException("archive: no file at " + zip);
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ArchiveManifest.FILE);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
                if (bytes.length > MAX_MANIFEST_BYTES) {
                    throw new ArchiveRejectedException(ArchiveManifest.FILE + " in " + zip.getFileName() + " is too large");
                }
                ArchiveManifest manifest = ProjectExporter.JSON.readValue(bytes, ArchiveManifest.class);
                if (manifest.format() > ArchiveManifest.FORMAT) {
                    throw new ValidationException("archive: " + zip.getFileName() + " was made by a newer Kumo (format "
                            + manifest.format() + "); update Kumo to import it");
                }
                return Optional.of(manifest);
            }
        } catch (IOException e) {
            throw new ArchiveRejectedException(zip.getFileName() + " is not a valid project archive (" + e.getMessage() + ")");
        }
    }

    ImportedArchive importArchive(Path zip, String requestedName) {
        ArchiveManifest manifest = manifestOf(zip).orElseThrow(() -> new ValidationException("archive: "
                + zip.getFileName() + " has no " + ArchiveManifest.FILE + "; it is a plain ZIP, import it as a project instead"));
        String name = requestedName == null || requestedName.isBlank() ? manifest.project() : requestedName.strip();
        List<Task> drafts = manifest.tasks().stream().map(TaskDefinitions::toTask).toList();
        List<String> warnings = new ArrayList<>();
        requireFreeNames(manifest, name, drafts);
        Project project = projects.importZip(zip, name);
        List<Task> created = new ArrayList<>();
        List<String> createdWorkflows = new ArrayList<>();
        try {
            Files.deleteIfExists(Path.of(project.getRootPath()).resolve(ArchiveManifest.FILE));
            project.setDescription(manifest.description());
            project.setWorkDir(manifest.workDir());
            project.setTags(manifest.tags());
            project = projects.save(project);
            for (int i = 0; i < drafts.size(); i++) {
                Task task = drafts.get(i);
                task.setProjectId(project.getId());
                task.setEnvironmentId(environmentFor(task, manifest.tasks().get(i), warnings));
                created.add(tasks.create(task));
            }
            for (ArchiveManifest.ArchivedWorkflow workflow : manifest.workflows()) {
                String yaml = renamedProject(workflow, manifest.project(), name, warnings);
                createdWorkflows.add(workflows.save(yaml).name());
                workflows.setEnabled(workflow.name(), workflow.enabled());
            }
        } catch (IOException | RuntimeException e) {
            createdWorkflows.forEach(workflows::delete);
            created.forEach(task -> tasks.delete(task.getId()));
            projects.delete(project, false);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        warnings.add(ArchiveManifest.NOT_EXPORTED);
        return new ImportedArchive(project, created, createdWorkflows, warnings);
    }

    private void requireFreeNames(ArchiveManifest manifest, String name, List<Task> drafts) {
        List<String> clashes = new ArrayList<>();
        if (projects.list().stream().anyMatch(project -> project.getName().equals(name))) {
            clashes.add("project '" + name + "'");
        }
        drafts.stream().map(Task::getName).filter(task -> tasks.findNamed(task).isPresent())
                .forEach(task -> clashes.add("task '" + task + "'"));
        manifest.workflows().stream().map(ArchiveManifest.ArchivedWorkflow::name).filter(workflow -> workflows.find(workflow).isPresent())
                .forEach(workflow -> clashes.add("workflow '" + workflow + "'"));
        if (!clashes.isEmpty()) {
            throw new ValidationException("archive: " + String.join(", ", clashes) + (clashes.size() == 1 ? " already exists" : " already exist")
                    + " here; rename or delete " + (clashes.size() == 1 ? "it" : "them") + " first"
                    + (clashes.getFirst().startsWith("project") ? " (or import under another name)" : ""));
        }
    }

    private Long environmentFor(Task task, Map<String, Object> definition, List<String> warnings) {
        Object wanted = definition.get(ArchiveManifest.ENVIRONMENT_KEY);
        if (wanted == null) {
            return null;
        }
        Optional<PythonEnvironment> found = environments.list().stream().filter(env -> env.getName().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            warnings.add("task '" + task.getName() + "' used environment '" + wanted + "', which does not exist here: it runs "
                    + "with the system Python until you choose an environment");
        }
        return found.map(PythonEnvironment::getId).orElse(null);
    }

    /** The workflow's file, with steps that named the project by its old name pointed at the new one. */
    private static String renamedProject(ArchiveManifest.ArchivedWorkflow workflow, String oldName, String newName, List<String> warnings) {
        if (Objects.equals(oldName, newName)) {
            return workflow.yaml();
        }
        WorkflowDefinition definition = WorkflowYaml.parse(workflow.yaml());
        if (definition.steps().stream().noneMatch(step -> oldName.equals(step.project()))) {
            return workflow.yaml();
        }
        List<StepDefinition> steps = definition.steps().stream().map(step -> !oldName.equals(step.project()) ? step
                : new StepDefinition(step.name(), step.description(), step.command(), step.task(), step.dir(), newName,
                        step.environment(), step.depends(), step.env(), step.runIf(), step.retry(), step.timeoutSeconds(),
                        step.continueOnFailure(), step.preconditions(), step.output(), step.position())).toList();
        warnings.add("workflow '" + workflow.name() + "' now names project '" + newName + "' (its file was rewritten, "
                + "without its comments)");
        return WorkflowYaml.write(definition.withSteps(steps));
    }
}
