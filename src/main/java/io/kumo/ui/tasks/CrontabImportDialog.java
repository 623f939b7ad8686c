package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.crontab.CrontabEntry;
import io.kumo.ui.common.DialogFit;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Imports a crontab: paste {@code crontab -l} or open a file, check the preview (one row per schedule line; lines
 * Kumo cannot run show why and cannot be ticked), then Import creates a task per ticked line and reports each.
 */
final class CrontabImportDialog {

    private CrontabImportDialog() {
    }

    static void show(Window owner, CrontabImportViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("Import tasks from a crontab");
        dialog.setResizable(true);

        TextArea text = new TextArea();
        text.setId("crontab-text");
        text.getStyleClass().add("crontab-text");
        text.setPromptText("# paste the output of crontab -l here\nMAILTO=\"\"\n*/10 * * * * python3 /home/me/sync.py");
        text.setPrefRowCount(7);
        text.textProperty().bindBidirectional(model.textProperty());
        Button open = new Button("Open file…", FontIcon.of(Feather.FOLDER));
        open.setId("crontab-open-file");
        open.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a crontab");
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                model.open(file.toPath());
            }
        });
        Label intro = new Label("Each schedule line becomes a task run through the shell in the system time zone, "
                + "with the variables set above it. Comments and MAILTO are left out.");
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setWrapText(true);
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox source = new HBox(12, intro, open);
        source.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("crontab-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label result = new Label();
        result.setId("crontab-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        model.failedProperty().subscribe(failed -> {
            result.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            result.getStyleClass().add(failed ? Styles.DANGER : Styles.SUCCESS);
        });

        TableView<CrontabRow> preview = preview(model);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox content = new VBox(10, source, text, summary, preview, result);
        content.setPadding(DialogFit.CONTENT_PADDING);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(940, 640);
        open.setMinWidth(Region.USE_PREF_SIZE);

        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CLOSE);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("crontab-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.importAccepted();
        });
        dialog.setResultConverter(button -> null);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("crontab-close");
        ((Region) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(event -> {
            DialogFit.toContent(dialog);
            text.requestFocus();
        });
        dialog.show();
    }

    private static TableView<CrontabRow> preview(CrontabImportViewModel model) {
        TableView<CrontabRow> table = new TableView<>(model.rows());
        table.setId("crontab-preview");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CrontabRow, CrontabRow> accept = new TableColumn<>("Import");
        accept.setPrefWidth(64);
        accept.setSortable(false);
        accept.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        accept.setCellFactory(column -> new AcceptCell());
        table.getColumns().addAll(List.of(accept,
                column("Line", 50, entry -> Integer.toString(entry.lineNumber())),
                column("Schedule", 130, entry -> entry.schedule() == null ? entry.line().strip() : entry.schedule()),
                column("Command", 260, CrontabEntry::command),
                column("Task name", 150, CrontabEntry::proposedName),
                errorColumn()));
        Label placeholder = new Label("The schedule lines of the crontab will be listed here.");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<CrontabRow, String> column(String title, double width, Function<CrontabEntry, String> value) {
        TableColumn<CrontabRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().entry())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private static TableColumn<CrontabRow, String> errorColumn() {
        TableColumn<CrontabRow, String> column = column("Problem", 260, CrontabEntry::error);
        column.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add("crontab-error");
            }

            @Override
            protected void updateItem(String error, boolean empty) {
                super.updateItem(error, empty);
                setText(empty ? null : error);
                setTooltip(empty || error == null ? null : new Tooltip(error));
                pseudoClassStateChanged(Styles.STATE_DANGER, !empty && error != null);
            }
        });
        return column;
    }

    /** Ticked for lines that can be imported; disabled for the others. */
    private static final class AcceptCell extends TableCell<CrontabRow, CrontabRow> {
        private final CheckBox box = new CheckBox();
        private CrontabRow bound;

        AcceptCell() {
            box.getStyleClass().add("crontab-accept");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(CrontabRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.acceptedProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.acceptedProperty());
            box.setDisable(!row.importable());
            setGraphic(box);
        }
    }
}
