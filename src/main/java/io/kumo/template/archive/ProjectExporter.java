package io.kumo.template.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.project.ProjectService;
import io.kumo.python.EnvironmentService;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a project as one ZIP: its files (without version-control folders, virtual environments and caches, which
 * belong to one machine), and {@value ArchiveManifest#FILE} with its tasks and the workflows that use only them.
 * The ZIP is written beside the target and moved into place, so a failed export leaves no half file.
 */
final class ProjectExporter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> LEFT_OUT_FOLDERS = Set.of(".git", ".hg", ".svn", "__pycache__", ".venv", "venv",
            "node_modules", ".mypy_cache", ".pytest_cache", ".ruff_cache");

    private final ProjectService projects;
    private final EnvironmentService environments;
    private final WorkflowService workflows;

    ProjectExporter(ProjectService projects, EnvironmentService environments, WorkflowService workflows) {
        this.projects = projects;
        this.environments = environments;
        this.workflows = workflows;
    }

    ExportedArchive export(Project project, Path target) {
        Path root = Path.of(project.getRootPath());
        if (!Files.isDirectory(root)) {
            throw new ValidationException("project '" + project.getName() + "': its folder " + root + " is missing");
        }
        if (target.getFileName() == null || !target.getFileName().toString().toLowerCase().endsWith(".zip")) {
            throw new ValidationException("archive: " + target + " must be a .zip file");
        }
        List<Task> tasks = projects.tasksUsing(project);
        List<String> taskNames = tasks.stream().map(Task::getName).toList();
        List<ArchiveManifest.ArchivedWorkflow> included = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (StoredWorkflow workflow : workflows.all()) {
            switch (WorkflowScope.of(workflow.definition(), project.getName(), taskNames)) {
                case ONLY_THIS_PROJECT -> included.add(new ArchiveManifest.ArchivedWorkflow(workflow.name(), workflow.yaml(), workflow.enabled()));
                case ALSO_OTHERS -> leftOut.add(workflow.name());
                case UNRELATED -> { }
            }
        }
        ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT, project.getName(), project.getDescription(),
                project.getWorkDir(), project.getTags(), tasks.stream().map(this::definition).toList(), included,
                ArchiveManifest.NOT_EXPORTED);
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.startsWith(root.toAbsolutePath().normalize())) {
            throw new ValidationException("archive: " + target + " is inside the project; choose a place outside it");
        }
        try {
            Files.createDirectories(absolute.getParent());
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            int files;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                files = writeFiles(root, zip);
                zip.putNextEntry(new ZipEntry(ArchiveManifest.FILE));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportedArchive(absolute, files, taskNames, included.stream().map(ArchiveManifest.ArchivedWorkflow::name).toList(), leftOut);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> definition(Task task) {
        Map<String, Object> definition = TaskDefinitions.of(task);
        if (task.getEnvironmentId() != null) {
            environments.list().stream().filter(env -> task.getEnvironmentId().equals(env.getId())).findFirst()
                    .map(PythonEnvironment::getName).ifPresent(name -> definition.put(ArchiveManifest.ENVIRONMENT_KEY, name));
        }
        return definition;
    }

    private static int writeFiles(Path root, ZipOutputStream zip) throws IOException {
        int[] count = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && LEFT_OUT_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (attributes.isRegularFile() && !Files.isSymbolicLink(file) && !name.equals(ArchiveManifest.FILE)) {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(file, (OutputStream) zip);
                    zip.closeEntry();
                    count[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return count[0];
    }
}
