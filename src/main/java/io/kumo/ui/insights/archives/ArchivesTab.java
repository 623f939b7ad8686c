package io.kumo.ui.insights.archives;

import atlantafx.base.theme.Styles;
import io.kumo.ui.insights.InsightsTab;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Insights → Archives: a table of month archives, "Archive now" before a picked date, Restore, Delete (confirmed)
 * and Show in folder; the empty table explains the retention setting that fills it.
 */
public final class ArchivesTab implements InsightsTab {

    private final ArchivesViewModel model;
    private final Tab tab;

    /**
     * @param confirmDelete asks the user before a month's archive is deleted (the question in words)
     * @param showFolder    opens a folder in the system's file manager
     */
    public ArchivesTab(ArchivesViewModel model, Predicate<String> confirmDelete, Consumer<Path> showFolder) {
        this.model = model;
        TableView<ArchiveRow> table = new TableView<>(model.rows());
        table.setId("archives-table");
        table.getColumns().add(column("Month", ArchiveRow::month, 90));
        table.getColumns().add(column("Runs", ArchiveRow::runs, 80));
        table.getColumns().add(column("Size", ArchiveRow::size, 90));
        table.getColumns().add(column("Tasks", ArchiveRow::tasks, 260));
        table.getColumns().add(column("Created", ArchiveRow::created, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No archives yet. Turn on \"Archive old runs instead of deleting them\" in Logs → "
                + "Retention, or archive now: old runs and their logs go into one file per month, to restore when needed.");
        empty.setId("archives-empty");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        DatePicker before = new DatePicker();
        before.setId("archives-before");
        before.setPromptText("runs before…");
        Button archiveNow = new Button("Archive now…", FontIcon.of(Feather.ARCHIVE));
        archiveNow.setId("archives-archive-now");
        archiveNow.setOnAction(event -> model.archiveBefore(before.getValue()));
        BooleanBinding noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        Button restore = new Button("Restore", FontIcon.of(Feather.ROTATE_CCW));
        restore.setId("archives-restore");
        restore.disableProperty().bind(noSelection.or(model.busyProperty()));
        restore.setOnAction(event -> model.restore(selected(table)));
        Button delete = new Button("Delete", FontIcon.of(Feather.TRASH_2));
        delete.setId("archives-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(noSelection.or(model.busyProperty()));
        delete.setOnAction(event -> {
            YearMonth month = selected(table);
            if (month != null && confirmDelete.test("Delete the archive of " + month + "? Its runs and logs are gone for good.")) {
                model.delete(month);
            }
        });
        Button folder = new Button("Show in folder", FontIcon.of(Feather.FOLDER));
        folder.setId("archives-folder");
        folder.setOnAction(event -> showFolder.accept(model.folder()));
        archiveNow.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, before, archiveNow, restore, delete, folder);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("archives-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(Bindings.when(model.failedProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));

        VBox content = new VBox(10, actions, message, table);
        content.setPadding(new Insets(12));
        content.setId("insights-archives");
        tab = new Tab("Archives", content);
        tab.setClosable(false);
    }

    private static YearMonth selected(TableView<ArchiveRow> table) {
        ArchiveRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.month();
    }

    private static TableColumn<ArchiveRow, Object> column(String title, Function<ArchiveRow, Object> value, double width) {
        TableColumn<ArchiveRow, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void onShow() {
        model.load();
    }
}
