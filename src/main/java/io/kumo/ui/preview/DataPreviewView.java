package io.kumo.ui.preview;

import atlantafx.base.theme.Styles;
import io.kumo.preview.Column;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A data file's table: a virtualized TableView over the row numbers, each cell asking the model for its row (a
 * placeholder until the page arrives), headers with the column's type, the row count, a table/sheet chooser, copy.
 */
public final class DataPreviewView extends BorderPane {

    static final String LOADING = "…";

    private final DataPreviewViewModel model;
    private final TableView<Long> table = new TableView<>();
    private final RowIndexList rows = new RowIndexList();

    public DataPreviewView(DataPreviewViewModel model) {
        this.model = model;
        ComboBox<String> tables = new ComboBox<>();
        tables.setId("preview-tables");
        model.tablesProperty().subscribe(names -> tables.getItems().setAll(names));
        tables.valueProperty().bindBidirectional(model.tableProperty());
        tables.visibleProperty().bind(model.tablesProperty().map(names -> names.size() > 1));
        tables.managedProperty().bind(tables.visibleProperty());
        Label count = new Label();
        count.setId("preview-row-count");
        count.textProperty().bind(model.rowCountProperty());
        Label error = new Label();
        error.setId("preview-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        Label name = new Label(model.file().getFileName().toString());
        name.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Button retry = new javafx.scene.control.Button("Retry");
        retry.setId("preview-retry");
        retry.visibleProperty().bind(model.retryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(event -> model.retry());
        HBox bar = new HBox(10, name, tables, spacer, error, retry, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        table.setId("preview-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setFixedCellSize(28); // one line a row: the virtual flow then lays out by arithmetic
        table.setItems(rows);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No rows"));
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copyCell();
            }
        });
        model.columnsProperty().subscribe(this::showColumns);
        model.rowsProperty().subscribe(count1 -> rows.resize(count1.longValue()));
        model.pagesLoadedProperty().subscribe(ignored -> table.refresh());
        setTop(bar);
        setCenter(table);
        setPrefSize(960, 600);
    }

    private void showColumns(List<Column> columns) {
        table.getColumns().clear();
        TableColumn<Long, String> number = new TableColumn<>("#");
        number.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue() + 1)));
        number.setSortable(false);
        number.getStyleClass().add("preview-row-number");
        number.setPrefWidth(70);
        table.getColumns().add(number);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            Column column = columns.get(i);
            TableColumn<Long, String> shown = new TableColumn<>(column.name() + "\n" + column.type().label());
            shown.setId("preview-column-" + i);
            shown.setSortable(false);
            shown.setPrefWidth(140);
            shown.setCellValueFactory(row -> new ReadOnlyStringWrapper(model.row(row.getValue())
                    .map(values -> index < values.size() ? values.get(index) : "").orElse(LOADING)));
            table.getColumns().add(shown);
        }
    }

    private ContextMenu contextMenu() {
        MenuItem cell = new MenuItem("Copy cell");
        cell.setOnAction(event -> copyCell());
        MenuItem row = new MenuItem("Copy row");
        row.setOnAction(event -> copyRow());
        return new ContextMenu(cell, row);
    }

    private void copyCell() {
        List<TablePosition> selected = table.getSelectionModel().getSelectedCells();
        if (selected.isEmpty() || selected.getFirst().getTableColumn() == null) {
            return;
        }
        Object value = selected.getFirst().getTableColumn().getCellData(selected.getFirst().getRow());
        copy(value == null ? "" : value.toString());
    }

    private void copyRow() {
        Long index = table.getSelectionModel().getSelectedItem();
        if (index != null) {
            model.row(index).ifPresent(values -> copy(String.join("\t", values)));
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    public TableView<Long> table() {
        return table;
    }
}
