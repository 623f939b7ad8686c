package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.project.FileNode;
import io.kumo.project.ProjectFiles;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;

/**
 * The project's file tree, loaded lazily: a folder's entries are listed on the background executor when it is first
 * expanded, and listed again when the folder changes on disk. Reloading keeps the items that are still there (and so
 * their expansion and the selection), which keeps a tree of 10,000+ files responsive.
 */
public final class ProjectTreeModel {

    private final Project project;
    private final ProjectFiles files;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final WatchedFolders watched;
    private final FileTreeItem root;

    ProjectTreeModel(Project project, ProjectFiles files, BackgroundExecutor background, Consumer<Throwable> onError,
                     WatchedFolders watched) {
        this.project = project;
        this.files = files;
        this.background = background;
        this.onError = onError;
        this.watched = watched;
        Path rootPath = files.root(project);
        this.root = new FileTreeItem(new FileNode(rootPath, "", project.getName(), true, 0), this);
        root.setExpanded(true);
    }

    public TreeItem<FileNode> root() {
        return root;
    }

    void expansionChanged(FileTreeItem item, boolean expanded) {
        if (expanded) {
            watched.watch(item.getValue().path());
            if (!item.isLoaded()) {
                load(item);
            }
        } else {
            watched.unwatch(item.getValue().path());
        }
    }

    /** Lists the expanded, loaded folders among {@code changedFolders} again (FX thread). */
    void refresh(Set<Path> changedFolders) {
        List<FileTreeItem> stale = new ArrayList<>();
        collectExpanded(root, changedFolders, stale);
        stale.forEach(this::load);
    }

    /** Lists every expanded folder again: the user asked for a refresh. */
    public void refreshAll() {
        List<FileTreeItem> expanded = new ArrayList<>();
        collectExpanded(root, null, expanded);
        expanded.forEach(this::load);
    }

    private static void collectExpanded(FileTreeItem item, Set<Path> among, List<FileTreeItem> found) {
        if (!item.isExpanded() || !item.isLoaded()) {
            return;
        }
        if (among == null || among.contains(item.getValue().path())) {
            found.add(item);
        }
        for (TreeItem<FileNode> child : item.getChildren()) {
            if (child.getValue().directory()) {
                collectExpanded((FileTreeItem) child, among, found);
            }
        }
    }

    private void load(FileTreeItem item) {
        if (item.isLoading()) {
            item.setReloadWanted(true);
            return;
        }
        item.setLoading(true);
        String folder = item.getValue().relativePath();
        background.run(() -> files.children(project, folder), nodes -> {
            item.setLoading(false);
            merge(item, nodes);
            if (item.isReloadWanted()) {
                item.setReloadWanted(false);
                load(item);
            }
        }, error -> {
            item.setLoading(false);
            item.setLoaded(true);
            onError.accept(error);
        });
    }

    private void merge(FileTreeItem folder, List<FileNode> nodes) {
        Map<String, FileTreeItem> existing = new HashMap<>();
        for (TreeItem<FileNode> child : folder.getChildren()) {
            existing.put(child.getValue().name(), (FileTreeItem) child);
        }
        List<TreeItem<FileNode>> next = new ArrayList<>(nodes.size());
        for (FileNode node : nodes) {
            FileTreeItem kept = existing.remove(node.name());
            if (kept != null && kept.getValue().directory() == node.directory()) {
                if (!kept.getValue().equals(node)) {
                    kept.setValue(node);
                }
                next.add(kept);
            } else {
                if (kept != null) {
                    existing.put(node.name() + "\u0000replaced", kept);
                }
                next.add(new FileTreeItem(node, this));
            }
        }
        existing.values().forEach(this::forget);
        folder.setLoaded(true);
        if (!next.equals(folder.getChildren())) {
            folder.getChildren().setAll(next);
        }
    }

    /** Releases the watches of a removed subtree. */
    private void forget(FileTreeItem removed) {
        if (removed.getValue().directory() && removed.isExpanded()) {
            watched.unwatch(removed.getValue().path());
        }
        for (TreeItem<FileNode> child : removed.getChildren()) {
            forget((FileTreeItem) child);
        }
    }
}
