package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.project.ProjectService;
import io.kumo.template.TemplateService;
import io.kumo.template.archive.ExportedArchive;
import io.kumo.template.archive.ImportedArchive;
import io.kumo.template.archive.ProjectArchives;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.UiThread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Projects that come from or go elsewhere: new from a template, exported with their tasks, imported from such an
 * archive. What the user should read afterwards (the archive's notes) goes to the {@link #onNotice} consumer.
 */
public final class ProjectMovesModel {

    private final ProjectService projects;
    private final TemplateService templates;
    private final ProjectArchives archives;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private Consumer<String> notice = text -> { };

    ProjectMovesModel(ProjectService projects, TemplateService templates, ProjectArchives archives, BackgroundExecutor background,
                      DialogService dialogs) {
        this.projects = projects;
        this.templates = templates;
        this.archives = archives;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Where notes after an export or an archive import are shown (the view's information dialog). */
    void onNotice(Consumer<String> notice) {
        this.notice = notice;
    }

    NewFromTemplateModel newFromTemplate(Predicate<String> nameTaken) {
        return new NewFromTemplateModel(templates, background, nameTaken);
    }

    /** A project archive becomes a project with its tasks and workflows; any other ZIP is imported as files. Background only. */
    Project importZipOrArchive(Path zip, String name) {
        if (!archives.isArchive(zip)) {
            return projects.importZip(zip, name);
        }
        ImportedArchive imported = archives.importArchive(zip, name);
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + imported.project().getName() + " with " + count(imported.tasks().size(), "task") + " and "
                + count(imported.workflows().size(), "workflow") + ".");
        lines.addAll(imported.warnings());
        UiThread.run(() -> notice.accept(String.join("\n\n", lines)));
        return imported.project();
    }

    void export(ProjectItem item, Path target) {
        background.run(() -> archives.export(item.project(), target), (ExportedArchive archive) -> {
            List<String> lines = new ArrayList<>();
            lines.add("Wrote " + archive.file() + ": " + count(archive.files(), "file") + ", " + count(archive.tasks().size(), "task")
                    + ", " + count(archive.workflows().size(), "workflow") + ".");
            if (!archive.workflowsLeftOut().isEmpty()) {
                lines.add("Left out (they also use other projects): " + String.join(", ", archive.workflowsLeftOut()) + ".");
            }
            lines.add("Kumo variables and secrets are not in the archive: set them again where you import it.");
            notice.accept(String.join("\n\n", lines));
        }, error -> dialogs.showError("Could not export " + item.name(), error));
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
