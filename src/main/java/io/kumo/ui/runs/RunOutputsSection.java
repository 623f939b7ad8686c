package io.kumo.ui.runs;

import atlantafx.base.theme.Styles;
import io.kumo.outputs.ListedOutput;
import io.kumo.ui.preview.DataPreviewWindow;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The run details' "Outputs": file, size, modified, with Preview (data files) and Open folder. */
final class RunOutputsSection extends VBox {

    RunOutputsSection(RunOutputsModel model, FolderOpener folders) {
        super(6);
        setId("run-outputs");
        Label caption = new Label("Outputs");
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        Label note = new Label();
        note.setId("run-outputs-note");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<ListedOutput> table = new TableView<>(model.files());
        table.setId("run-outputs-table");
        table.getStyleClass().addAll(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        table.setPlaceholder(new Label("No files"));
        TableColumn<ListedOutput, String> file = new TableColumn<>("File");
        file.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().file().path()));
        file.setPrefWidth(140);
        TableColumn<ListedOutput, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().exists()
                ? RunFormat.bytes(row.getValue().file().size()) : "no longer exists"));
        TableColumn<ListedOutput, String> modified = new TableColumn<>("Modified");
        modified.setCellValueFactory(row -> new ReadOnlyStringWrapper(RunFormat.time(row.getValue().file().modified())));
        table.getColumns().setAll(java.util.List.of(file, size, modified));
        table.setRowFactory(view -> {
            TableRow<ListedOutput> row = new TableRow<>();
            row.itemProperty().subscribe(item -> row.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("missing"), item != null && !item.exists()));
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && model.previewable(row.getItem())) {
                    preview(model, row.getItem());
                }
            });
            return row;
        });
        table.visibleProperty().bind(Bindings.isNotEmpty(model.files()));
        table.managedProperty().bind(table.visibleProperty());

        Button preview = new Button("Preview", FontIcon.of(Feather.GRID));
        preview.setId("run-output-preview");
        preview.setTooltip(new Tooltip("Show the data file as a table (CSV, TSV, JSON, JSON Lines, SQLite, Excel)"));
        preview.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.previewable(table.getSelectionModel().getSelectedItem()), table.getSelectionModel().selectedItemProperty()));
        preview.setOnAction(event -> preview(model, table.getSelectionModel().getSelectedItem()));
        Button open = new Button("Open folder", FontIcon.of(Feather.FOLDER));
        open.setId("run-output-folder");
        open.disableProperty().bind(model.folderProperty().map(folder -> folder.isEmpty()));
        open.setOnAction(event -> {
            ListedOutput selected = table.getSelectionModel().getSelectedItem();
            Path folder = selected != null && selected.exists() ? selected.location().orElseThrow().getParent()
                    : model.folderProperty().get().orElseThrow();
            folders.open(folder);
        });
        HBox actions = new HBox(6, preview, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(table.visibleProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        getChildren().addAll(caption, note, table, actions);
    }

    private void preview(RunOutputsModel model, ListedOutput file) {
        if (model.previewable(file)) {
            DataPreviewWindow.show(getScene() == null ? null : getScene().getWindow(), file.location().orElseThrow(), model.background());
        }
    }
}
