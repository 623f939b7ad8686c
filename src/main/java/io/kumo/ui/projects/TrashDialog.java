package io.kumo.ui.projects;

import io.kumo.ui.common.DisplayTime;
import atlantafx.base.theme.Styles;
import io.kumo.project.TrashEntry;
import io.kumo.ui.common.DialogService;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The trash of deleted projects, with Restore, Purge and Empty trash. */
final class TrashDialog extends Dialog<Void> {


    TrashDialog(Window owner, TrashViewModel model, DialogService dialogs) {
        initOwner(owner);
        setTitle("Trash");
        setHeaderText("Deleted projects");
        setResizable(true);

        ListView<TrashEntry> list = new ListView<>(model.entries());
        list.setId("trash-list");
        list.setPrefSize(620, 340);
        list.setCellFactory(view -> new EntryCell());
        list.setPlaceholder(new Label("The trash is empty."));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button restore = new Button("Restore", FontIcon.of(Feather.ROTATE_CCW));
        restore.setId("trash-restore");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItem()));
        Button purge = new Button("Purge", FontIcon.of(Feather.TRASH));
        purge.setId("trash-purge");
        purge.disableProperty().bind(restore.disableProperty());
        purge.setOnAction(event -> {
            TrashEntry entry = list.getSelectionModel().getSelectedItem();
            if (dialogs.confirm("Purge " + entry.projectName() + "?", "Its entry" + (entry.linked() ? "" : " and its files")
                    + " are removed for good.", "Purge")) {
                model.purge(entry);
            }
        });
        Button empty = new Button("Empty trash", FontIcon.of(Feather.TRASH_2));
        empty.setId("trash-empty");
        empty.getStyleClass().add(Styles.DANGER);
        empty.disableProperty().bind(Bindings.isEmpty(model.entries()).or(model.busyProperty()));
        empty.setOnAction(event -> {
            if (dialogs.confirm("Empty the trash?", model.entries().size() + " deleted project(s) and their files are "
                    + "removed for good.", "Empty trash")) {
                model.purgeAll();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, restore, purge, spacer, empty);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Restoring brings a project back with its settings; tasks deleted with it are not restored.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);

        getDialogPane().setContent(new VBox(10, list, actions, hint));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        model.load();
    }

    private static final class EntryCell extends ListCell<TrashEntry> {
        @Override
        protected void updateItem(TrashEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(entry.projectName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String detail = "deleted " + DisplayTime.system().dateTimeMinutes(entry.deletedAt()) + " \u00b7 "
                    + (entry.linked() ? "linked folder " + entry.rootPath() : ProjectTreeView.size(entry.sizeBytes()) + " of files")
                    + (entry.deletedTasks().isEmpty() ? "" : " \u00b7 deleted with tasks " + String.join(", ", entry.deletedTasks()));
            Label info = new Label(detail);
            info.getStyleClass().add(Styles.TEXT_MUTED);
            setText(null);
            setGraphic(new VBox(2, name, info));
        }
    }
}
