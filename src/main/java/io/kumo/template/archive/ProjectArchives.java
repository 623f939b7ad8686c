package io.kumo.template.archive;

import io.kumo.domain.Project;
import io.kumo.project.ProjectService;
import io.kumo.python.EnvironmentService;
import io.kumo.service.TaskService;
import io.kumo.workflow.service.WorkflowService;
import java.nio.file.Path;

/**
 * Moving a project between Kumo installations: one ZIP with its files, tasks and workflows (see
 * {@link ArchiveManifest}). Used by the window, the CLI and the API.
 */
public final class ProjectArchives {

    private final ProjectExporter exporter;
    private final ProjectImporter importer;

    public ProjectArchives(ProjectService projects, TaskService tasks, EnvironmentService environments, WorkflowService workflows) {
        this.exporter = new ProjectExporter(projects, environments, workflows);
        this.importer = new ProjectImporter(projects, tasks, environments, workflows);
    }

    /** Writes {@code target} (a .zip; replaced when it exists). */
    public ExportedArchive export(Project project, Path target) {
        return exporter.export(project, target);
    }

    /** True for a ZIP written by {@link #export}; false for a plain ZIP of files or a file that is no ZIP. */
    public boolean isArchive(Path zip) {
        return ProjectImporter.hasManifest(zip);
    }

    /** A new project named {@code name} (null: the exported project's name) with the archive's tasks and workflows. */
    public ImportedArchive importArchive(Path zip, String name) {
        return importer.importArchive(zip, name);
    }
}
