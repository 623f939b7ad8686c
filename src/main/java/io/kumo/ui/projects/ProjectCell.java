package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A project in the list: name, detected kind, and a "linked" badge for linked folders. */
final class ProjectCell extends ListCell<ProjectItem> {

    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label linked = new Label(null, FontIcon.of(Feather.LINK, 11));
    private final HBox row;

    ProjectCell() {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        linked.getStyleClass().addAll("project-badge", Styles.TEXT_SMALL);
        // an icon badge: the sidebar is narrow, and the header spells out "linked folder" for the selected project
        linked.setTooltip(new javafx.scene.control.Tooltip("Linked folder: used where it is, never copied"));
        linked.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox text = new VBox(2, name, kind);
        text.setMinWidth(0);
        row = new HBox(8, FontIcon.of(Feather.FOLDER, 16), text, spacer, linked);
        row.setAlignment(Pos.CENTER_LEFT);
        // follow the list's width instead of widening it into a horizontal scroll that hides the badge
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProjectItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name());
        kind.setText(item.kindLabel());
        linked.setVisible(item.linked());
        linked.setManaged(item.linked());
        setGraphic(row);
    }
}
