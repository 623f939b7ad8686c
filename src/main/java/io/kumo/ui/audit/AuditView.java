package io.kumo.ui.audit;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.audit.AuditEntry;
import io.kumo.ui.common.DisplayTime;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.TimeColumns;
import io.kumo.ui.common.FullTextCell;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.Windows;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Who changed what, newest first: filters, the entries, the selected entry's changes, and CSV export. */
public final class AuditView implements PaneView {

    private final AuditViewModel model;
    private final VBox root = new VBox(12);

    public AuditView(AuditViewModel model) {
        this.model = model;
        Label title = new Label("Audit");
        title.getStyleClass().add(Styles.TITLE_2);
        Button refresh = new Button("Refresh", FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("audit-refresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.refresh());
        Button export = new Button("Export CSV…", FontIcon.of(Feather.DOWNLOAD));
        export.setId("audit-export");
        export.setTooltip(new Tooltip("Write every entry the filters match to a CSV file"));
        export.disableProperty().bind(model.loadingProperty());
        export.setOnAction(event -> chooseExportFile());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, refresh, export);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = table();
        ScrollPane details = new ScrollPane(new AuditDetailsView(model.selectedProperty(), model::names));
        details.setFitToWidth(true);
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());

        root.getChildren().addAll(header, filters(), split, status);
        root.setPadding(new Insets(24));
        root.setId("pane-audit");
    }

    private HBox filters() {
        ComboBox<String> action = codeCombo("audit-filter-action", model.actions(), "Any action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        ComboBox<String> target = codeCombo("audit-filter-target", model.targetTypes(), "Any target");
        target.valueProperty().bindBidirectional(model.targetTypeProperty());
        DatePicker from = datePicker("audit-filter-from", "From day");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("audit-filter-to", "To day");
        to.valueProperty().bindBidirectional(model.toProperty());
        CustomTextField search = new CustomTextField();
        search.setId("audit-search");
        search.setLeft(FontIcon.of(Feather.SEARCH));
        search.setPromptText("Search actor, target, changes…");
        search.textProperty().bindBidirectional(model.keywordProperty());
        search.setOnAction(event -> model.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear", FontIcon.of(Feather.X));
        clear.setId("audit-filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setTooltip(new Tooltip("Show every entry again"));
        clear.setOnAction(event -> model.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(140);
        action.setMinWidth(120);
        target.setMinWidth(120);
        HBox bar = new HBox(8, action, target, from, new Label("–"), to, search, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("audit-filters");
        return bar;
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the flexing last column gives way first: the time stays whole
        TableColumn<AuditEntry, String> time = TimeColumns.fit(column("Time", 180, AuditText::time), DisplayTime.system());
        table.getColumns().addAll(List.of(
                time,
                column("Actor", 130, AuditEntry::actor),
                column("Action", 120, AuditText::action),
                column("Type", 95, entry -> AuditText.readable(entry.targetType())),
                column("Target", 170, AuditEntry::targetName),
                column("Note", 150, AuditEntry::note),
                // last, so that it takes the room left
                column("Changes", 380, entry -> AuditText.changesInOneLine(entry, model.names()))));
        table.setPlaceholder(placeholder());
        // the table follows the model's selection (kept across refreshes) and sets it when the user picks a row
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null || !model.entries().isEmpty()) {
                model.select(entry);
            }
        });
        model.selectedProperty().subscribe(entry -> {
            if (table.getSelectionModel().getSelectedItem() != entry) {
                if (entry == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(entry);
                }
            }
        });
        return table;
    }

    private StackPane placeholder() {
        EmptyState none = new EmptyState(Feather.SHIELD, "Nothing recorded yet",
                "What people and API tokens change is listed here: tasks, workflows, projects, environments and their "
                        + "packages (failed installs too), variables and settings; runs started by hand, stops, pauses, "
                        + "backups and restores. Scheduled runs are in Logs.");
        none.setId("audit-empty");
        EmptyState hidden = new EmptyState(Feather.FILTER, "No entries match these filters",
                "Change or clear the filters to see more entries.");
        hidden.setId("audit-empty-filtered");
        none.visibleProperty().bind(model.filteredProperty().not());
        hidden.visibleProperty().bind(model.filteredProperty());
        return new StackPane(none, hidden);
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return FullTextCell.on(column);
    }

    private static ComboBox<String> codeCombo(String id, javafx.collections.ObservableList<String> codes, String any) {
        ComboBox<String> combo = new ComboBox<>(codes);
        combo.setId(id);
        combo.setPrefWidth(170);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? any : AuditText.readable(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return combo;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        return picker;
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log");
        chooser.setInitialFileName(AuditViewModel.exportName(LocalDate.now()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(Windows.of(root));
        if (file != null) {
            model.export(file.toPath());
        }
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }
}
