package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.project.ProjectFiles;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * One project's files and editors, kept while the pane lives so switching projects keeps open tabs. The folders it
 * needs are watched only while it is shown ({@link #activate()} / {@link #deactivate()}).
 */
final class ProjectWorkspace {

    private final WatchedFolders watched;
    private final ProjectTreeModel tree;
    private final EditorPane editors;
    private final SplitPane root;
    private final java.nio.file.Path folder;

    ProjectWorkspace(Project project, ProjectFiles files, BackgroundExecutor background, DialogService dialogs,
                     EditorServices editorServices) {
        this.folder = java.nio.file.Path.of(project.getRootPath());
        this.watched = new WatchedFolders(background, this::foldersChanged);
        this.editors = new EditorPane(project, files, background, dialogs, watched, editorServices);
        this.tree = new ProjectTreeModel(project, files, background,
                error -> dialogs.showError("Could not list the files of " + project.getName(), error), watched);
        ProjectTreeView treeView = new ProjectTreeView(tree, editors::open);
        treeView.onPreviewData(file -> io.kumo.ui.preview.DataPreviewWindow.show(
                treeView.getScene() == null ? null : treeView.getScene().getWindow(), file.path(), background));
        treeView.setMinWidth(160);
        root = new SplitPane(treeView, editors);
        root.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(treeView, false);
        root.getStyleClass().add("project-workspace");
    }

    private void foldersChanged(java.util.Set<java.nio.file.Path> folders) {
        tree.refresh(folders);
        editors.foldersChanged(folders);
    }

    /** Opens a file of the project, by its path in the project folder, at a line. */
    void openAt(String relativePath, int line) {
        java.nio.file.Path file = folder.resolve(relativePath).normalize();
        editors.openAt(new io.kumo.project.FileNode(file, relativePath, file.getFileName().toString(), false, 0), line);
    }

    void activate() {
        watched.start();
        tree.refreshAll();
        editors.checkAll();
    }

    void deactivate() {
        watched.stop();
    }

    /** Closes the editors and stops watching: the project was deleted, or the pane is gone. */
    void dispose() {
        watched.stop();
        editors.dispose();
    }

    List<String> unsavedFiles() {
        return editors.unsavedFiles();
    }

    Node root() {
        return root;
    }
}
