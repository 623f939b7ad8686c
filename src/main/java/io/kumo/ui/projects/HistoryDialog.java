package io.kumo.ui.projects;

import io.kumo.ui.common.DisplayTime;
import atlantafx.base.theme.Styles;
import io.kumo.project.FileVersion;
import io.kumo.ui.common.DialogService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Earlier versions of the open file, the chosen one compared with the editor, and Restore. Not modal. */
final class HistoryDialog extends Dialog<Void> {


    HistoryDialog(Window owner, HistoryViewModel model, DialogService dialogs) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("History of " + model.fileName());
        setResizable(true);

        ListView<FileVersion> versions = new ListView<>(model.versions());
        versions.setId("history-list");
        versions.setPrefWidth(230);
        versions.setMinWidth(180);
        versions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(FileVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null
                        : DisplayTime.system().dateTime(version.savedAt()) + "\n" + ProjectTreeView.size(version.size()));
            }
        });
        versions.setPlaceholder(new Label("No earlier versions"));
        versions.getSelectionModel().selectedItemProperty().addListener((obs, old, version) -> {
            if (version != null) {
                model.selectedProperty().set(version);
            }
        });
        model.selectedProperty().addListener((obs, old, version) -> {
            if (version != null && versions.getSelectionModel().getSelectedItem() != version) {
                versions.getSelectionModel().select(version);
            }
        });

        ListView<DiffLines.DiffLine> diff = new ListView<>(model.diff());
        diff.setId("history-diff");
        diff.getStyleClass().add("history-diff");
        diff.setCellFactory(view -> new DiffLineCell());
        diff.setFixedCellSize(21);
        diff.setPlaceholder(new Label("Choose a version to compare it with the editor's text."));
        VBox.setVgrow(diff, Priority.ALWAYS);

        ToggleGroup mode = new ToggleGroup();
        ToggleButton split = new ToggleButton("Side by side");
        split.setId("history-side-by-side");
        ToggleButton unified = new ToggleButton("Unified");
        unified.setId("history-unified");
        split.setToggleGroup(mode);
        unified.setToggleGroup(mode);
        split.getStyleClass().add(Styles.LEFT_PILL);
        unified.getStyleClass().add(Styles.RIGHT_PILL);
        split.setSelected(model.sideBySideProperty().get());
        unified.setSelected(!model.sideBySideProperty().get());
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                mode.selectToggle(old);
            } else {
                model.sideBySideProperty().set(now == split);
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button restore = new Button("Restore this version", FontIcon.of(Feather.ROTATE_CCW));
        restore.setId("history-restore");
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        restore.setOnAction(event -> {
            FileVersion version = model.selectedProperty().get();
            String unsaved = model.editorDirty() ? " The editor's unsaved changes are dropped." : "";
            if (version != null && dialogs.confirm("Restore " + model.fileName() + "?", "The file goes back to the version of "
                    + DisplayTime.system().dateTime(version.savedAt()) + ". The current file is kept in the history first." + unsaved, "Restore")) {
                model.restore(version, () -> { });
            }
        });
        for (Region fixed : java.util.List.of(split, unified, restore)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(10, new HBox(split, unified), summary, spacer, restore);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, toolbar, diff);
        SplitPane split2 = new SplitPane(versions, right);
        split2.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(versions, false);
        split2.setPadding(new Insets(0));
        getDialogPane().setPrefSize(1060, 640);
        setOnShown(event -> {
            // a Dialog sizes its window before its content is laid out; give the diff room, within the owner's screen
            setWidth(Math.max(getWidth(), Math.min(1060, owner.getWidth() - 40)));
            setHeight(Math.max(getHeight(), Math.min(680, owner.getHeight() - 40)));
            setX(owner.getX() + (owner.getWidth() - getWidth()) / 2);
            setY(owner.getY() + (owner.getHeight() - getHeight()) / 2);
        });

        getDialogPane().setContent(split2);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().getStyleClass().add("history-dialog");
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        model.load();
    }
}
