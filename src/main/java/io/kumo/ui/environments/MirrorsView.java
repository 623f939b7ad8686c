package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.common.SelectionSync;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The package indexes pip uses, in order: the first enabled one is pip's index, the others extra indexes. */
final class MirrorsView extends VBox {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);

    MirrorsView(MirrorsViewModel model) {
        Label intro = ConsoleView.muted("pip installs from the first enabled index; the others are extra indexes. "
                + "Trust an index (pip's --trusted-host) only for an internal one with a self-signed certificate or plain HTTP. "
                + "With no enabled index pip uses its own configuration (PyPI by default).");

        TableView<MirrorItem> table = new TableView<>(model.mirrors());
        table.setId("mirror-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MirrorItem, Object> order = new TableColumn<>("#");
        order.setPrefWidth(50);
        order.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().order()));
        TableColumn<MirrorItem, String> url = new TableColumn<>("URL");
        url.setPrefWidth(420);
        url.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().url()));
        table.getColumns().addAll(List.of(order,
                checkColumn("Enabled", "mirror-enabled", MirrorItem::enabled, model::setEnabled),
                checkColumn("Trusted", "mirror-trusted", MirrorItem::trusted, model::setTrusted), url));
        table.setPlaceholder(ConsoleView.muted("No package index set: pip uses its own configuration. "
                + "Add your company's index or a PyPI mirror below."));
        SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField newUrl = new TextField();
        newUrl.setId("mirror-url-field");
        newUrl.setPromptText("https://pypi.example.com/simple/");
        newUrl.textProperty().bindBidirectional(model.newUrlProperty());
        newUrl.setOnAction(event -> model.add());
        HBox.setHgrow(newUrl, Priority.ALWAYS);
        CheckBox trusted = new CheckBox("Trusted");
        trusted.setId("mirror-new-trusted");
        trusted.selectedProperty().bindBidirectional(model.newTrustedProperty());
        Button add = new Button("Add", FontIcon.of(Feather.PLUS));
        add.setId("mirror-add");
        add.disableProperty().bind(model.busyProperty().or(model.newUrlProperty().isEmpty()));
        add.setOnAction(event -> model.add());

        BooleanBinding none = model.selectedProperty().isNull().or(model.busyProperty());
        Button up = button("Up", "mirror-up", Feather.ARROW_UP, none, () -> model.move(-1));
        Button down = button("Down", "mirror-down", Feather.ARROW_DOWN, none, () -> model.move(1));
        Button remove = button("Remove", "mirror-remove", Feather.TRASH_2, none, model::remove);
        Button test = button("Test", "mirror-test", Feather.ZAP, Bindings.createBooleanBinding(() -> model.busyProperty().get()
                        || (model.selectedProperty().get() == null && model.newUrlProperty().get().isBlank()),
                model.busyProperty(), model.selectedProperty(), model.newUrlProperty()), model::test);
        test.setTooltip(new Tooltip("Fetch the selected index (or the URL typed above) and check that it serves packages"));

        Label result = new Label();
        result.setId("mirror-test-result");
        result.setWrapText(true);
        result.textProperty().bind(model.statusProperty());
        model.toneProperty().subscribe(tone -> {
            result.getStyleClass().removeAll(TONES);
            result.getStyleClass().add(switch (tone) {
                case GOOD -> Styles.SUCCESS;
                case BAD -> Styles.DANGER;
                case NEUTRAL -> Styles.TEXT_MUTED;
            });
        });

        HBox addRow = new HBox(8, newUrl, trusted, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, up, down, remove, test);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(intro, table, addRow, actions, result);
        setSpacing(8);
        setPadding(new Insets(12, 0, 0, 0));
    }

    private static Button button(String text, String id, Feather icon, javafx.beans.value.ObservableValue<Boolean> disabled,
                                 Runnable action) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.disableProperty().bind(disabled);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A check box per row; a click changes the mirror through the model, and the reloaded row shows the result. */
    private static TableColumn<MirrorItem, MirrorItem> checkColumn(String title, String styleClass,
                                                                   Predicate<MirrorItem> value,
                                                                   BiConsumer<MirrorItem, Boolean> change) {
        TableColumn<MirrorItem, MirrorItem> column = new TableColumn<>(title);
        column.setPrefWidth(80);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.getStyleClass().add(styleClass);
                box.setOnAction(event -> {
                    if (getItem() != null) {
                        change.accept(getItem(), box.isSelected());
                    }
                });
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(MirrorItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(value.test(item));
                    setGraphic(box);
                }
            }
        });
        return column;
    }
}
