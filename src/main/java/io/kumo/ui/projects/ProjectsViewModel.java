package io.kumo.ui.projects;

import io.kumo.code.ProjectEnvironment;
import io.kumo.code.check.CodeCheckService;
import io.kumo.code.lsp.LanguageServers;
import io.kumo.domain.PythonEnvironment;
import io.kumo.service.SuggestedTaskName;
import io.kumo.ui.tasks.TaskPrefill;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.project.ProjectFiles;
import io.kumo.project.ProjectService;
import io.kumo.python.PythonServices;
import io.kumo.template.TemplateService;
import io.kumo.template.archive.ProjectArchives;
import io.kumo.service.AuditedRepository;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The project list and the commands on projects: import, link, update, delete and save. Store and disk work runs on
 * the background executor; errors are shown through the dialog service.
 */
public final class ProjectsViewModel {

    private final ProjectService service;
    private final ProjectFiles files;
    private final PythonServices python;
    private final ProjectEnvironment environment;
    private final AuditedRepository<Project> repository;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ProjectMovesModel moves;
    private final EditorServices editorServices;
    private final ObservableList<ProjectItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AuditedRepository.ChangeListener<Project> changes = (project, deleted) -> refreshSoon();
    private GitViewModel git;

    public ProjectsViewModel(ProjectService service, ProjectFiles files, PythonServices python,
                             ProjectEnvironment environment, AuditedRepository<Project> repository, BackgroundExecutor background, DialogService dialogs,
                             TemplateService templates, ProjectArchives archives,
                             CodeCheckService checks, LanguageServers languageServers, EditorExtras editorExtras) {
        this.editorServices = new EditorServices(new CodeTools(checks, python.packages(), environment), languageServers, editorExtras);
        this.service = service;
        this.files = files;
        this.python = python;
        this.environment = environment;
        this.repository = repository;
        this.background = background;
        this.dialogs = dialogs;
        this.moves = new ProjectMovesModel(service, templates, archives, background, dialogs);
    }

    /** Follows project changes (from the CLI, say) while the pane is shown. */
    public void activate() {
        repository.addListener(changes);
        editorServices.extras().load(background);
        refresh();
    }

    public void deactivate() {
        repository.removeListener(changes);
    }

    public void refresh() {
        refresh(null);
    }

    /** Reloads the list and the detections; selects {@code selectName} afterwards, or keeps the selection. */
    void refresh(String selectName) {
        background.run(() -> service.list().stream().map(project -> new ProjectItem(project, service.detect(project))).toList(),
                fresh -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    items.setAll(fresh);
                    loaded.set(true);
                    ProjectItem next = null;
                    if (selectName != null) {
                        next = fresh.stream().filter(item -> item.name().equals(selectName)).findFirst().orElse(null);
                    }
                    if (next == null && keep != null) {
                        next = fresh.stream().filter(item -> item.id() == keep).findFirst().orElse(null);
                    }
                    selected.set(next == null && !fresh.isEmpty() ? fresh.getFirst() : next);
                },
                error -> dialogs.showError("Could not load the projects", error));
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(300));
                delay.setOnFinished(event -> {
                    refreshPending.set(false);
                    refresh();
                });
                delay.play();
            });
        }
    }

    public void importZip(Path zip, String name) {
        run(() -> moves.importZipOrArchive(zip, name.strip()), "Could not import " + zip.getFileName());
    }

    public void link(Path folder, String name) {
        run(() -> service.link(folder, name.strip()), "Could not link " + folder);
    }

    public void updateFromZip(ProjectItem item, Path zip) {
        run(() -> service.updateFromZip(item.project(), zip), "Could not update " + item.name() + " from " + zip.getFileName());
    }

    private void run(java.util.concurrent.Callable<Project> work, String failure) {
        busy.set(true);
        background.run(work, project -> {
            busy.set(false);
            refresh(project.getName());
        }, error -> {
            busy.set(false);
            dialogs.showError(failure, error);
        });
    }

    /** The names of the tasks that use the project, for the delete confirmation. */
    public void tasksUsing(ProjectItem item, Consumer<List<String>> then) {
        background.run(() -> service.tasksUsing(item.project()).stream().map(Task::getName).toList(), then,
                error -> dialogs.showError("Could not check which tasks use " + item.name(), error));
    }

    /**
     * A new task for one of the project's suggested commands: named after the project and the command, in the
     * environment the project's tasks use (the most used one), else one named like the project, else none.
     */
    public void taskFor(ProjectItem item, String command, Consumer<TaskPrefill> then) {
        background.run(() -> new TaskPrefill(SuggestedTaskName.of(item.name(), command), item.id(), environmentOf(item), command),
                then, error -> dialogs.showError("Could not prepare the task", error));
    }

    private Long environmentOf(ProjectItem item) {
        return environment.of(item.project()).map(PythonEnvironment::getId).orElse(null);
    }

    /** Deletes the project (to the trash), and its tasks with it when {@code deleteTasks}. */
    public void delete(ProjectItem item, boolean deleteTasks, Runnable onDeleted) {
        busy.set(true);
        background.run(() -> service.delete(item.project(), deleteTasks), entry -> {
            busy.set(false);
            if (selected.get() != null && selected.get().id() == item.id()) {
                selected.set(null);
            }
            onDeleted.run();
            refresh();
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not delete " + item.name(), error);
        });
    }

    /** Saves edited metadata; {@code onSaved} gets the stored project. */
    public void save(Project edited, Consumer<Project> onSaved) {
        busy.set(true);
        background.run(() -> service.updateMetadata(edited), saved -> {
            busy.set(false);
            onSaved.accept(saved);
            refresh(saved.getName());
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not save " + edited.getName(), error);
        });
    }

    /** Called after the trash restored a project: shows and selects it. */
    public void restored(Project project) {
        refresh(project.getName());
    }

    /** A free project name from a file name: "shop-scraper.zip" gives "shop-scraper" (or "shop-scraper-2"). */
    public String suggestName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.zip$", "").replaceAll("[^\\w.\\- ]+", "-").strip();
        if (base.isEmpty()) {
            base = "project";
        }
        List<String> taken = items.stream().map(item -> item.name().toLowerCase(Locale.ROOT)).toList();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The files and editors of a project. */
    ProjectWorkspace workspace(ProjectItem item) {
        return new ProjectWorkspace(item.project(), files, background, dialogs, editorServices);
    }

    public TrashViewModel trash() {
        return new TrashViewModel(service, background, dialogs, this::restored);
    }

    /** The selected Git project's checkout and pulls, and cloning (null: this window has no Git service). */
    public GitViewModel git() {
        return git;
    }

    /** Gives the pane its Git part (clone, the header's Git line). */
    public ProjectsViewModel withGit(io.kumo.git.GitProjects projects) {
        this.git = new GitViewModel(projects, background);
        return this;
    }

    /** Shows and selects a project made elsewhere (a clone). */
    public void added(Project project) {
        refresh(project.getName());
    }

    public InstallModel install(ProjectItem item) {
        return new InstallModel(item, python.environments(), python.packages(), background);
    }

    public ProjectMovesModel moves() { return moves; }
    public ObservableList<ProjectItem> items() { return items; }
    public ObjectProperty<ProjectItem> selectedProperty() { return selected; }
    public BooleanProperty loadedProperty() { return loaded; }
    public BooleanProperty busyProperty() { return busy; }
}
