package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.python.InstalledPackage;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import io.kumo.ui.common.FullTextCell;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected environment's packages: filter, table, install field and the package actions. */
final class PackagesView extends VBox {

    private final PackagesViewModel model;

    PackagesView(PackagesViewModel model) {
        this.model = model;
        Label title = new Label("Packages");
        title.getStyleClass().add(Styles.TITLE_4);
        TextField filter = new TextField();
        filter.setId("env-package-filter");
        filter.setPromptText("Filter by name");
        filter.textProperty().bindBidirectional(model.filterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, filter);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<InstalledPackage> table = table();
        HBox install = installRow();
        FlowPane actions = actionRow(table);
        Label readOnly = ConsoleView.muted("The packages of an interpreter used as is are read-only; allow package "
                + "changes above to install or remove packages here.");
        readOnly.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.environmentProperty().get() != null
                && !model.environmentProperty().get().packagesWritable(), model.environmentProperty()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table, readOnly, install, actions);
        setSpacing(8);
        setMinHeight(0);
    }

    private TableView<InstalledPackage> table() {
        SortedList<InstalledPackage> sorted = new SortedList<>(model.visiblePackages());
        TableView<InstalledPackage> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("env-packages-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                column("Name", 200, InstalledPackage::name),
                column("Version", 110, InstalledPackage::version),
                column("Location", 300, InstalledPackage::location)));
        Label placeholder = ConsoleView.muted("");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setMinHeight(120);
        return table;
    }

    private HBox installRow() {
        TextField specs = new TextField();
        specs.setId("env-install-field");
        specs.setPromptText("Requirements to install, e.g. requests pandas>=2 \"numpy==1.26.*\"");
        specs.textProperty().bindBidirectional(model.installSpecsProperty());
        specs.disableProperty().bind(model.canChangeProperty().not());
        specs.setOnAction(event -> {
            if (model.canInstallProperty().get()) {
                model.install();
            }
        });
        HBox.setHgrow(specs, Priority.ALWAYS);
        Button install = new Button("Install", FontIcon.of(Feather.DOWNLOAD));
        install.setId("env-install-button");
        install.getStyleClass().add(Styles.ACCENT);
        install.disableProperty().bind(model.canInstallProperty().not());
        install.setOnAction(event -> model.install());
        HBox row = new HBox(8, specs, install);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private FlowPane actionRow(TableView<InstalledPackage> table) {
        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        Button upgrade = new Button("Upgrade", FontIcon.of(Feather.ARROW_UP_CIRCLE));
        upgrade.setId("env-upgrade-button");
        upgrade.disableProperty().bind(model.canChangeProperty().not().or(noSelection));
        upgrade.setTooltip(new Tooltip("Upgrade the selected packages to their newest version"));
        upgrade.setOnAction(event -> model.upgrade(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button uninstall = new Button("Uninstall", FontIcon.of(Feather.TRASH_2));
        uninstall.setId("env-uninstall-button");
        uninstall.disableProperty().bind(model.canChangeProperty().not().or(noSelection));
        uninstall.setTooltip(new Tooltip("Uninstall the selected packages"));
        uninstall.setOnAction(event -> model.uninstall(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button requirements = new Button("Requirements…", FontIcon.of(Feather.FILE_PLUS));
        requirements.setId("env-requirements-button");
        requirements.setTooltip(new Tooltip("Install the requirements of a file (pip install -r requirements.txt)"));
        requirements.disableProperty().bind(model.canChangeProperty().not());
        requirements.setOnAction(event -> chooseRequirements());
        Button export = new Button("Export freeze…", FontIcon.of(Feather.SAVE));
        export.setId("env-export-button");
        export.setTooltip(new Tooltip("Save pip freeze as a requirements file"));
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(event -> chooseExportTarget());
        FlowPane row = new FlowPane(8, 8, upgrade, uninstall, requirements, export);
        row.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        return row;
    }

    private void chooseRequirements() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Install requirements");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Requirements files", "*.txt", "*.in"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.installRequirements(file.toPath());
        }
    }

    private void chooseExportTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export pip freeze");
        chooser.setInitialFileName("requirements.txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Requirements files", "*.txt"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportFreeze(file.toPath());
        }
    }

    private static TableColumn<InstalledPackage, String> column(String title, double width,
                                                               Function<InstalledPackage, String> value) {
        TableColumn<InstalledPackage, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return FullTextCell.on(column);
    }
}
