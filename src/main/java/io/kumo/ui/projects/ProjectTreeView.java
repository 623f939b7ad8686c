package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.project.FileNode;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The project's files; a double-click (or Enter) on a file opens it in the editor. */
final class ProjectTreeView extends TreeView<FileNode> {

    ProjectTreeView(ProjectTreeModel model, Consumer<FileNode> open) {
        super(model.root());
        setId("project-tree");
        setShowRoot(false);
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE, "project-tree");
        setCellFactory(view -> new FileCell(open));
        setOnKeyPressed(event -> {
            TreeItem<FileNode> item = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null && !item.getValue().directory()) {
                open.accept(item.getValue());
                event.consume();
            }
        });
        MenuItem openItem = new MenuItem("Open", FontIcon.of(Feather.EDIT_3));
        openItem.setOnAction(event -> {
            TreeItem<FileNode> item = getSelectionModel().getSelectedItem();
            if (item != null && !item.getValue().directory()) {
                open.accept(item.getValue());
            }
        });
        MenuItem refresh = new MenuItem("Refresh", FontIcon.of(Feather.REFRESH_CW));
        refresh.setOnAction(event -> model.refreshAll());
        setContextMenu(new ContextMenu(openItem, refresh));
    }

    /** Adds "Preview data" to the context menu, shown for data files (CSV, JSON, SQLite, Excel...). */
    void onPreviewData(Consumer<FileNode> preview) {
        MenuItem item = new MenuItem("Preview data", FontIcon.of(Feather.GRID));
        item.setId("project-tree-preview");
        item.setOnAction(event -> {
            TreeItem<FileNode> selected = getSelectionModel().getSelectedItem();
            if (selected != null && !selected.getValue().directory()) {
                preview.accept(selected.getValue());
            }
        });
        getContextMenu().getItems().add(1, item);
        getContextMenu().setOnShowing(event -> {
            TreeItem<FileNode> selected = getSelectionModel().getSelectedItem();
            item.setVisible(selected != null && !selected.getValue().directory()
                    && io.kumo.preview.DataFiles.previewable(selected.getValue().path()));
        });
    }

    private static final class FileCell extends TreeCell<FileNode> {

        private final FontIcon icon = new FontIcon(Feather.FILE);
        private final Tooltip tooltip = new Tooltip();

        FileCell(Consumer<FileNode> open) {
            icon.getStyleClass().add("file-icon");
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null
                        && !getItem().directory()) {
                    open.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(FileNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(node.name());
            icon.setIconCode(iconOf(node));
            setGraphic(icon);
            tooltip.setText(node.directory() ? node.relativePath() : node.relativePath() + " · " + size(node.size()));
            setTooltip(tooltip);
        }

        private static Ikon iconOf(FileNode node) {
            if (node.directory()) {
                return Feather.FOLDER;
            }
            String name = node.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(".py") || name.endsWith(".pyw") || name.endsWith(".pyi")) {
                return Feather.CODE;
            } else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".rst") || name.endsWith(".cfg")
                    || name.endsWith(".toml") || name.endsWith(".ini") || name.endsWith(".json") || name.endsWith(".yml")
                    || name.endsWith(".yaml")) {
                return Feather.FILE_TEXT;
            }
            return Feather.FILE;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        } else if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
