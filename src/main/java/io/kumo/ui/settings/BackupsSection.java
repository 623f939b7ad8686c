package io.kumo.ui.settings;

import io.kumo.ui.common.DisplayTime;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.backup.BackupFile;
import io.kumo.ui.common.ActionButtons;
import io.kumo.ui.common.Windows;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Back up now, the backups with Export, Delete and Restore, Restore from file, and the automatic backup settings. */
final class BackupsSection {


    private BackupsSection() {
    }

    static VBox create(BackupsViewModel model, GeneralSettingsModel settings) {
        TableView<BackupFile> table = new TableView<>(model.files());
        table.setId("backup-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.getColumns().addAll(List.of(
                column("Name", 300, BackupFile::name),
                column("Created", 160, backup -> DisplayTime.system().dateTime(backup.createdAt())),
                column("Size", 90, backup -> io.kumo.ui.runs.RunFormat.bytes(backup.size())),
                column("Kind", 100, backup -> backup.automatic() ? "Automatic" : "Manual")));
        table.setPlaceholder(Forms.muted("No backups yet. Back up now, or let Kumo make them automatically."));
        io.kumo.ui.common.SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);

        BooleanBinding none = model.selectedProperty().isNull().or(model.busyProperty());
        Button now = ActionButtons.button("Back up now", "backup-now", Feather.ARCHIVE, model.busyProperty(), model::backUpNow);
        now.getStyleClass().add(Styles.ACCENT);
        Button export = ActionButtons.button("Export…", "backup-export", Feather.DOWNLOAD, none, () -> export(table, model));
        Button delete = ActionButtons.button("Delete", "backup-delete", Feather.TRASH_2, none, model::delete);
        Button restore = ActionButtons.button("Restore", "backup-restore", Feather.ROTATE_CCW, none, model::restoreSelected);
        restore.setTooltip(new Tooltip("Put the selected backup in place of the current data at the next start"));
        Button restoreFile = ActionButtons.button("Restore from file…", "backup-restore-file", Feather.UPLOAD, model.busyProperty(),
                () -> restoreFromFile(table, model));
        HBox actions = new HBox(8, now, export, delete, restore, restoreFile);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label pending = new Label();
        pending.setId("backup-restore-pending");
        pending.setGraphic(FontIcon.of(Feather.ALERT_TRIANGLE));
        pending.setWrapText(true);
        pending.getStyleClass().addAll("settings-banner", Styles.WARNING);
        pending.textProperty().bind(model.pendingRestoreProperty());
        pending.visibleProperty().bind(model.pendingRestoreProperty().isNotEmpty());
        pending.managedProperty().bind(pending.visibleProperty());

        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "Automatic backup every", "settings-backup-hours", settings.backupHours, 90,
                "hours", "0 turns automatic backups off");
        Forms.addField(grid, row, "Automatic backups kept", "settings-backups-kept", settings.backupsKept, 90, "",
                "the newest ones; backups you make yourself are never deleted automatically");

        return Forms.section(Forms.muted("A backup holds the database: tasks, projects, environments, variables, settings, "
                        + "run history and the audit log. Project files and logs are not in it; secrets stay encrypted "
                        + "with this computer's key."), actions, Forms.status("backup-status", model.status()), pending,
                table, grid, Forms.applyRow("settings-apply-backups", settings.backups()));
    }

    private static void export(TableView<BackupFile> table, BackupsViewModel model) {
        BackupFile backup = model.selectedProperty().get();
        FileChooser chooser = zipChooser("Export " + backup.name());
        chooser.setInitialFileName(backup.name());
        File file = chooser.showSaveDialog(Windows.of(table));
        if (file != null) {
            model.export(file.toPath());
        }
    }

    private static void restoreFromFile(TableView<BackupFile> table, BackupsViewModel model) {
        File file = zipChooser("Restore a Kumo backup").showOpenDialog(Windows.of(table));
        if (file != null) {
            model.restoreFrom(file.toPath());
        }
    }

    private static FileChooser zipChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Kumo backups (*.zip)", "*.zip"));
        return chooser;
    }

    private static TableColumn<BackupFile, String> column(String title, double width, Function<BackupFile, String> value) {
        TableColumn<BackupFile, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
