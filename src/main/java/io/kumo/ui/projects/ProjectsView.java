package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.Windows;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import io.kumo.ui.tasks.TaskPrefill;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Projects pane: the project list with import, link, update, delete and trash on the left; the selected
 * project's header, file tree and editors on the right. ZIP files dropped on it are imported.
 */
public final class ProjectsView implements PaneView, ZipDrop.Target {

    private final ProjectsViewModel model;
    private final DialogService dialogs;
    private final StackPane root = new StackPane();
    private final ImportActions actions;
    private final MetadataModel metadata = new MetadataModel();
    private final ProjectHeaderView header;
    private final StackPane workspaceHolder = new StackPane();
    private final Map<Long, ProjectWorkspace> workspaces = new HashMap<>();
    private ProjectWorkspace shownWorkspace;
    private boolean showing;
    /** A file to open once the project list has loaded (asked for before it had). */
    private Runnable pendingOpen;

    public ProjectsView(ProjectsViewModel model, DialogService dialogs) {
        this(model, dialogs, prefill -> { });
    }

    /** {@code createTask}: opens the task editor with a suggested command's task ("Create task"). */
    public ProjectsView(ProjectsViewModel model, DialogService dialogs, Consumer<TaskPrefill> createTask) {
        this.model = model;
        this.dialogs = dialogs;
        this.actions = new ImportActions(model, dialogs, () -> Windows.of(root));
        this.header = new ProjectHeaderView(this::showInstall, command -> {
            ProjectItem item = model.selectedProperty().get();
            if (item != null) {
                model.taskFor(item, command, createTask);
            }
        });

        if (model.git() != null) {
            header.addGitLine(new GitBar(model.git()));
        }
        VBox details = new VBox(header, new MetadataView(metadata, this::saveMetadata, () -> Windows.of(root)), workspaceHolder);
        VBox.setVgrow(workspaceHolder, Priority.ALWAYS);
        details.visibleProperty().bind(model.selectedProperty().isNotNull());

        EmptyState empty = new EmptyState(Feather.FOLDER, "No projects yet",
                "A project is a folder of Python code. Import a ZIP archive (Kumo keeps its own copy), link a folder "
                        + "you already have (Kumo works on it in place), clone a Git repository, or start from a template: "
                        + "a scraper, a poller, an ETL, a page check or a report emailer. You can also drop a ZIP file "
                        + "anywhere on this window.");
        Button emptyImport = new Button("Import ZIP\u2026", FontIcon.of(Feather.PACKAGE));
        emptyImport.setId("empty-import");
        emptyImport.getStyleClass().add(Styles.ACCENT);
        emptyImport.setOnAction(event -> actions.chooseZip());
        Button emptyLink = new Button("Link folder\u2026", FontIcon.of(Feather.LINK));
        emptyLink.setId("empty-link");
        emptyLink.setOnAction(event -> actions.chooseFolder());
        Button emptyTemplate = new Button("New from template\u2026", FontIcon.of(Feather.FILE_PLUS));
        emptyTemplate.setId("empty-template");
        emptyTemplate.setOnAction(event -> actions.newFromTemplate());
        Button emptyClone = new Button("Clone from Git\u2026", FontIcon.of(Feather.GIT_BRANCH));
        emptyClone.setId("empty-clone");
        emptyClone.setOnAction(event -> actions.cloneFromGit());
        emptyClone.setVisible(model.git() != null);
        emptyClone.setManaged(model.git() != null);
        FlowPane emptyActions = new FlowPane(10, 10, emptyImport, emptyLink, emptyClone, emptyTemplate);
        emptyActions.setAlignment(Pos.CENTER);
        emptyActions.setPrefWrapLength(640);
        empty.getChildren().add(emptyActions);
        empty.setId("projects-empty");
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.items())));

        BorderPane content = new BorderPane(new StackPane(details, empty));
        content.setLeft(sidebar());
        root.getChildren().add(content);
        root.setId("pane-projects");
        root.getStyleClass().add("projects-pane");
        ZipDrop.install(root, this);
        root.getProperties().put(ZipDrop.Target.class, this);

        model.selectedProperty().addListener((obs, old, item) -> selected(item));
        model.items().addListener((ListChangeListener<ProjectItem>) change -> {
            forgetRemovedWorkspaces();
            if (pendingOpen != null) {
                Runnable open = pendingOpen;
                pendingOpen = null;
                open.run();
            }
        });
    }

    private VBox sidebar() {
        Label title = new Label("Projects");
        title.getStyleClass().add(Styles.TITLE_3);

        ListView<ProjectItem> list = new ListView<>(model.items());
        list.setId("projects-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(view -> new ProjectCell());
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != model.selectedProperty().get()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button importZip = button("project-import", "Import ZIP\u2026", Feather.PACKAGE, "Import a project from a ZIP archive");
        importZip.setOnAction(event -> actions.chooseZip());
        Button link = button("project-link", "Link folder\u2026", Feather.LINK, "Use a folder where it is (a git checkout, say)");
        link.setOnAction(event -> actions.chooseFolder());
        Button cloneGit = button("project-clone", "Clone from Git\u2026", Feather.GIT_BRANCH,
                "Clone a Git repository as a new project (pull it later, on a schedule or before each run)");
        cloneGit.setOnAction(event -> actions.cloneFromGit());
        cloneGit.setVisible(model.git() != null);
        cloneGit.setManaged(model.git() != null);
        Button update = button("project-update", "Update from ZIP\u2026", Feather.UPLOAD,
                "Replace an imported project's files with a newer archive; the old files go to the trash");
        update.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().linked(), model.selectedProperty()).or(model.busyProperty()));
        update.setOnAction(event -> actions.chooseUpdate(model.selectedProperty().get()));
        Button delete = button("project-delete", "Delete", Feather.TRASH_2, "Move the project to the trash");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        delete.setOnAction(event -> delete(model.selectedProperty().get()));
        Button trash = button("project-trash", "Trash\u2026", Feather.TRASH, "Deleted projects: restore or purge them");
        trash.setOnAction(event -> new TrashDialog(Windows.of(root), model.trash(), dialogs).show());
        Button fromTemplate = button("project-new-template", "New from template\u2026", Feather.FILE_PLUS,
                "Start a project from a template: a scraper, a poller, an ETL, a page check or a report emailer");
        fromTemplate.setOnAction(event -> actions.newFromTemplate());
        Button export = button("project-export", "Export with tasks\u2026", Feather.SHARE,
                "Write the project, its tasks and its workflows to one ZIP to import elsewhere (secrets are not included)");
        export.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        export.setOnAction(event -> actions.chooseExport(model.selectedProperty().get()));
        FlowPane buttons = new FlowPane(6, 6, importZip, fromTemplate, link, cloneGit, update, export, delete, trash);

        VBox sidebar = new VBox(10, title, list, buttons);
        sidebar.setPadding(new Insets(16, 12, 12, 16));
        sidebar.setPrefWidth(290);
        sidebar.setMinWidth(220);
        sidebar.getStyleClass().add("projects-sidebar");
        return sidebar;
    }

    private static Node placeholder() {
        Label label = new Label("Import a ZIP or link a folder to start.");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static Button button(String id, String text, Feather icon, String tooltip) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }

    /**
     * Selects the project and opens its file at a line (Insights › Errors' "Open in editor"); when the list has not
     * loaded yet, as soon as it has. A project that is not listed is ignored.
     */
    public void openFile(long projectId, String relativePath, int line) {
        ProjectItem item = model.items().stream().filter(one -> one.id() == projectId).findFirst().orElse(null);
        if (item == null) {
            pendingOpen = () -> model.items().stream().filter(one -> one.id() == projectId).findFirst()
                    .ifPresent(found -> open(found, relativePath, line));
            return;
        }
        open(item, relativePath, line);
    }

    private void open(ProjectItem item, String relativePath, int line) {
        model.selectedProperty().set(item);
        if (shownWorkspace != null) {
            shownWorkspace.openAt(relativePath, line);
        }
    }

    private void selected(ProjectItem item) {
        header.show(item);
        if (model.git() != null) {
            model.git().show(item == null ? null : item.project());
        }
        metadata.show(item == null ? null : item.project());
        long id = item == null ? -1 : item.id();
        ProjectWorkspace next = item == null ? null : workspaces.computeIfAbsent(id, key -> model.workspace(item));
        if (next == shownWorkspace) {
            return;
        }
        if (shownWorkspace != null) {
            shownWorkspace.deactivate();
        }
        shownWorkspace = next;
        workspaceHolder.getChildren().setAll(next == null ? List.of() : List.of(next.root()));
        if (next != null && showing) {
            next.activate();
        }
    }

    /** A project that was deleted (here or elsewhere) takes its editors with it. */
    private void forgetRemovedWorkspaces() {
        Set<Long> present = model.items().stream().map(ProjectItem::id).collect(Collectors.toSet());
        workspaces.entrySet().removeIf(entry -> {
            if (present.contains(entry.getKey()) || !model.loadedProperty().get()) {
                return false;
            }
            entry.getValue().dispose();
            return true;
        });
    }

    private void delete(ProjectItem item) {
        if (item == null) {
            return;
        }
        model.tasksUsing(item, tasks -> {
            ProjectWorkspace workspace = workspaces.get(item.id());
            List<String> unsaved = workspace == null ? List.of() : workspace.unsavedFiles();
            String files = item.linked() ? "Kumo forgets the folder; its files stay where they are."
                    : "Its files move to the trash.";
            String lost = unsaved.isEmpty() ? "" : " Unsaved changes in " + String.join(", ", unsaved) + " are lost.";
            if (!dialogs.confirm("Delete project " + item.name() + "?", files + " You can restore it from the trash." + lost,
                    "Delete")) {
                return;
            }
            if (!tasks.isEmpty() && !dialogs.confirm("Delete its tasks too?", item.name() + " is used by "
                    + (tasks.size() == 1 ? "task " : tasks.size() + " tasks: ") + String.join(", ", tasks)
                    + ". Deleting the project deletes " + (tasks.size() == 1 ? "that task" : "these tasks")
                    + " as well, and restoring the project does not bring them back.",
                    "Delete project and " + (tasks.size() == 1 ? "1 task" : tasks.size() + " tasks"))) {
                return;
            }
            model.delete(item, !tasks.isEmpty(), () -> {
                ProjectWorkspace gone = workspaces.remove(item.id());
                if (gone != null) {
                    if (gone == shownWorkspace) {
                        shownWorkspace = null;
                        workspaceHolder.getChildren().clear();
                    }
                    gone.dispose();
                }
            });
        });
    }

    private void saveMetadata() {
        if (model.selectedProperty().get() != null) {
            model.save(metadata.edited(), metadata::saved);
        }
    }

    private void showInstall() {
        ProjectItem item = model.selectedProperty().get();
        if (item != null) {
            new InstallDialog(Windows.of(root), model.install(item)).show();
        }
    }

    /** Starts importing a ZIP archive (the dashboard's first-run guide). */
    public void importProject() {
        actions.chooseZip();
    }

    /** Imports dropped archives, asking a name for each (also called by the main window for drops elsewhere). */
    @Override
    public void importZips(List<Path> zips) {
        actions.importZips(zips);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        showing = true;
        model.activate();
        if (shownWorkspace != null) {
            shownWorkspace.activate();
        }
    }

    @Override
    public void onHide() {
        showing = false;
        model.deactivate();
        if (shownWorkspace != null) {
            shownWorkspace.deactivate();
        }
    }
}
