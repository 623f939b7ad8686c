package io.kumo.project;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.common.FileTrees;
import io.kumo.common.ValidationException;
import io.kumo.config.OwnerOnly;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.service.AuditedRepository;
import io.kumo.service.TaskService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects: imported from a ZIP into {@code <data>/projects}, or linked in place (Kumo never deletes a linked
 * folder's files). Extraction happens in a staging folder first, so a rejected or failed import leaves nothing;
 * deleting moves an imported project's files to the trash by a rename.
 */
public final class ProjectService {

    private final Path projectsFolder;
    private final AuditedRepository<Project> projects;
    private final TaskService tasks;
    private final TrashService trash;
    private final AuditService audit;
    private final ZipExtractor extractor;
    private final ProjectDetector detector = new ProjectDetector();

    public ProjectService(Path projectsFolder, AuditedRepository<Project> projects, TaskService tasks,
                          TrashService trash, AuditService audit, ArchiveLimits limits) {
        this.projectsFolder = projectsFolder;
        this.projects = projects;
        this.tasks = tasks;
        this.trash = trash;
        this.audit = audit;
        this.extractor = new ZipExtractor(limits);
    }

    public List<Project> list() {
        return projects.list();
    }

    public Project find(String name) {
        return projects.findByName(name).orElseThrow(() -> new ValidationException("no project named '" + name + "'"));
    }

    public TrashService trash() {
        return trash;
    }

    /**
     * Extracts the archive (a single top-level folder is unwrapped) into a new folder under the data directory.
     *
     * @throws ArchiveRejectedException for a malicious, oversized or corrupt archive; nothing is left on disk
     */
    public Project importZip(Path zip, String name) {
        requireFreeName(name);
        Path staging = extractToStaging(zip);
        try {
            Path target = ProjectFolders.freeFolder(projectsFolder, name);
            Files.move(ProjectFolders.unwrapped(staging), target, StandardCopyOption.ATOMIC_MOVE);
            return createOrRemove(new Project(name, target.toString()), target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import " + zip.getFileName() + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(staging);
        }
    }

    /**
     * Copies a folder into a new folder under the data directory (symbolic links are not copied: they could point
     * anywhere). For code that should stay where it is, {@link #link} instead.
     */
    public Project importFolder(Path folder, String name) {
        requireFreeName(name);
        Path source = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new ValidationException("No folder at " + source);
        }
        if (source.startsWith(projectsFolder.toAbsolutePath().normalize())) {
            throw new ValidationException(source + " is already inside Kumo's projects folder");
        }
        Path staging = projectsFolder.resolve(".staging-" + UUID.randomUUID());
        try {
            FileTrees.copy(source, staging);
            Path target = ProjectFolders.freeFolder(projectsFolder, name);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return createOrRemove(new Project(name, target.toString()), target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(staging);
        }
    }

    /** Registers a folder where it is (a git checkout, say): no copy, and its files are never deleted by Kumo. */
    public Project link(Path folder, String name) {
        requireFreeName(name);
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new ValidationException("No folder at " + absolute);
        }
        if (!Files.isReadable(absolute)) {
            throw new ValidationException(absolute + " cannot be read");
        }
        Project project = new Project(name, absolute.toString());
        project.setLinked(true);
        return projects.create(project);
    }

    /**
     * Replaces an imported project's files with a newer archive; the record (and so its tasks, output folder and
     * settings) stays. The previous files go to the trash, so an update can be undone.
     */
    public Project updateFromZip(Project project, Path zip) {
        if (project.isLinked()) {
            throw new ValidationException("project '" + project.getName() + "' is a linked folder; update it with "
                    + "your own tools (git pull, say)");
        }
        Path staging = extractToStaging(zip);
        Path root = Path.of(project.getRootPath());
        try {
            TrashEntry previous = trash.put(describe(project, List.of()), root);
            try {
                Files.move(ProjectFolders.unwrapped(staging), root, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(trash.filesOf(previous), root, StandardCopyOption.ATOMIC_MOVE);
                trash.release(previous);
                throw e;
            }
            audit.record(AuditAction.IMPORT, project, List.of(), "files replaced from " + zip.getFileName()
                    + "; the previous files are in the trash");
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + project.getName() + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(staging);
        }
    }

    /** Saves edited metadata after checking it: the work folder must stay inside the project. */
    public Project save(Project project) {
        validateWorkDir(project);
        String outputDir = checkedOutputDir(project.getOutputDir());
        if (outputDir != null) {
            project.setOutputDir(outputDir);
        }
        if (project.getTags() != null) {
            project.setTags(String.join(",", Tags.parse(project.getTags())));
        }
        return projects.update(project);
    }

    /** An output folder as stored: stripped, absolute; null when none is set. */
    private static String checkedOutputDir(String outputDir) {
        if (outputDir == null || outputDir.isBlank()) {
            return null;
        }
        try {
            if (!Path.of(outputDir.strip()).isAbsolute()) {
                throw new ValidationException("output folder: " + outputDir + " must be an absolute path");
            }
        } catch (InvalidPathException e) {
            throw new ValidationException("output folder: " + outputDir + " is not a valid path");
        }
        return outputDir.strip();
    }

    /**
     * Saves the metadata form of {@code form.getId()}: only its description, work folder, output folder and tags are
     * written onto the stored row, so a Git pull policy or pull record changed meanwhile is kept.
     */
    public Project updateMetadata(Project form) {
        Project checked = new Project(form.getName(), form.getRootPath());
        checked.setWorkDir(form.getWorkDir());
        checked.setOutputDir(form.getOutputDir());
        checked.setTags(form.getTags());
        validateWorkDir(checked);
        checked.setOutputDir(checkedOutputDir(checked.getOutputDir()));
        String tags = checked.getTags() == null ? null : String.join(",", Tags.parse(checked.getTags()));
        return projects.update(form.getId(), stored -> {
            stored.setDescription(form.getDescription());
            stored.setWorkDir(checked.getWorkDir());
            stored.setOutputDir(checked.getOutputDir());
            stored.setTags(tags);
            return stored;
        }, AuditAction.UPDATE);
    }

    public List<Task> tasksUsing(Project project) {
        return tasks.list().stream().filter(task -> project.getId().equals(task.getProjectId())).toList();
    }

    /**
     * Deletes the project: refused while tasks use it, unless {@code deleteTasks}. An imported project's files move
     * to the trash; a linked project's files stay where they are. Either way the record can be restored from the
     * trash.
     */
    public TrashEntry delete(Project project, boolean deleteTasks) {
        List<Task> users = tasksUsing(project);
        if (!users.isEmpty() && !deleteTasks) {
            throw new ValidationException("project '" + project.getName() + "' is used by "
                    + (users.size() == 1 ? "task " : "tasks ") + String.join(", ", users.stream().map(Task::getName).toList())
                    + "; delete those tasks too, or give them another project");
        }
        users.forEach(task -> tasks.delete(task.getId()));
        Path root = Path.of(project.getRootPath());
        TrashEntry entry = trash.put(describe(project, users.stream().map(Task::getName).toList()),
                project.isLinked() || !Files.exists(root) ? null : root);
        projects.delete(project.getId());
        return entry;
    }

    /** Brings a deleted project back (its files to a free folder when imported); its deleted tasks stay deleted. */
    public Project restore(String trashId) {
        TrashEntry entry = trash.find(trashId);
        requireFreeName(entry.projectName());
        Project project = new Project(entry.projectName(), entry.rootPath());
        project.setDescription(entry.description());
        project.setLinked(entry.linked());
        project.setWorkDir(entry.workDir());
        project.setOutputDir(entry.outputDir());
        project.setTags(entry.tags());
        try {
            if (!entry.linked()) {
                Path original = Path.of(entry.rootPath());
                Path target = Files.exists(original) ? ProjectFolders.freeFolder(projectsFolder, entry.projectName()) : original;
                Files.createDirectories(target.getParent());
                Files.move(trash.filesOf(entry), target, StandardCopyOption.ATOMIC_MOVE);
                project.setRootPath(target.toString());
            }
            Project restored = projects.create(project);
            trash.release(entry);
            audit.record(AuditAction.RESTORE, restored, List.of(), "restored from the trash");
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + entry.projectName() + ": " + e.getMessage(), e);
        }
    }

    public Detection detect(Project project) {
        return detector.detect(Path.of(project.getRootPath()));
    }

    /** The folder tasks of this project start in: the root, or its work folder. */
    public Path workFolder(Project project) {
        return workFolderOf(project);
    }

    /** As {@link #workFolder}, for a reader without the project service (the task rules of a read-only store). */
    public static Path workFolderOf(Project project) {
        Path root = Path.of(project.getRootPath());
        return Optional.ofNullable(project.getWorkDir()).filter(dir -> !dir.isBlank()).map(root::resolve).orElse(root).normalize();
    }

    private void validateWorkDir(Project project) {
        String workDir = project.getWorkDir();
        if (workDir == null || workDir.isBlank()) {
            project.setWorkDir(null);
            return;
        }
        try {
            Path relative = Path.of(workDir.strip());
            Path root = Path.of(project.getRootPath()).toAbsolutePath().normalize();
            if (relative.isAbsolute() || !root.resolve(relative).normalize().startsWith(root)) {
                throw new ValidationException("work folder: " + workDir + " must be a folder inside the project");
            }
            project.setWorkDir(relative.normalize().toString());
        } catch (InvalidPathException e) {
            throw new ValidationException("work folder: " + workDir + " is not a valid path");
        }
    }

    private Path extractToStaging(Path zip) {
        Path staging = projectsFolder.resolve(".staging-" + UUID.randomUUID());
        try {
            OwnerOnly.createDirectories(staging);
            extractor.extract(zip, staging);
            return staging;
        } catch (IOException | RuntimeException e) {
            removeQuietly(staging);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Cannot extract " + zip.getFileName() + ": " + e.getMessage(), (IOException) e);
        }
    }

    private Project createOrRemove(Project project, Path folder) throws IOException {
        try {
            return projects.create(project);
        } catch (RuntimeException e) {
            FileTrees.delete(folder);
            throw e;
        }
    }

    private void requireFreeName(String name) {
        if (name != null && projects.findByName(name.strip()).isPresent()) {
            throw new ValidationException("project name: '" + name.strip() + "' is already used");
        }
    }

    private static TrashEntry describe(Project project, List<String> deletedTasks) {
        return new TrashEntry(null, project.getName(), project.getDescription(), project.getRootPath(), project.isLinked(),
                project.getWorkDir(), project.getOutputDir(), project.getTags(), null, deletedTasks, 0);
    }

    private static void removeQuietly(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ProjectService.class).warn("Could not remove {}", folder, e);
        }
    }
}
