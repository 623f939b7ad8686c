package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One environment in the list: name and state badge, then kind and Python version, then its folder. */
final class EnvironmentCell extends ListCell<EnvironmentItem> {

    private final Label name = new Label();
    private final StateBadge badge = new StateBadge();
    private final Label summary = new Label();
    private final Label location = new Label();
    private final VBox graphic;

    EnvironmentCell() {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        location.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        location.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, spacer, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        graphic = new VBox(2, top, summary, location);
        graphic.setMinWidth(0);
        // the graphic spans the cell, so the badge sits at its right edge and long folders are cut at the front
        graphic.prefWidthProperty().bind(widthProperty().subtract(28));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(EnvironmentItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name());
        badge.show(item.state(), item.busy());
        summary.setText(item.kindLabel() + " · " + item.versionLabel());
        location.setText(item.location() == null ? item.interpreterPath() : item.location());
        setGraphic(graphic);
    }
}
