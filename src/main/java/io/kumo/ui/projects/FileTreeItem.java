package io.kumo.ui.projects;

import io.kumo.project.FileNode;
import javafx.scene.control.TreeItem;

/** A file or folder in the project tree; a folder lists its children the first time it is expanded. */
final class FileTreeItem extends TreeItem<FileNode> {

    private boolean loaded;
    private boolean loading;
    private boolean reloadWanted;

    FileTreeItem(FileNode node, ProjectTreeModel tree) {
        super(node);
        if (node.directory()) {
            expandedProperty().addListener((obs, was, expanded) -> tree.expansionChanged(this, expanded));
        }
    }

    @Override
    public boolean isLeaf() {
        return !getValue().directory() || loaded && getChildren().isEmpty();
    }

    boolean isLoaded() { return loaded; }
    void setLoaded(boolean loaded) { this.loaded = loaded; }
    boolean isLoading() { return loading; }
    void setLoading(boolean loading) { this.loading = loading; }
    boolean isReloadWanted() { return reloadWanted; }
    void setReloadWanted(boolean reloadWanted) { this.reloadWanted = reloadWanted; }
}
