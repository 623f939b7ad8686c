package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.python.InterpreterInfo;
import io.kumo.python.InterpreterKind;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The interpreters found on this machine and registered by hand. */
final class InterpretersView extends VBox {

    InterpretersView(InterpretersViewModel model, Runnable register) {
        TableView<InterpreterInfo> table = new TableView<>(model.interpreters());
        table.setId("interpreters-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Version", 90, InterpreterInfo::version),
                column("Implementation", 200, info -> info.implementation() + " · " + info.architecture()),
                column("Found by", 120, info -> info.kind().label()),
                column("pip", 60, info -> info.pipAvailable() ? "yes" : "no"),
                column("Path", 380, info -> info.path().toString())));
        Label placeholder = ConsoleView.muted("");
        placeholder.textProperty().bind(model.statusProperty());
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("interpreters-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        Button add = new Button("Register interpreter…", FontIcon.of(Feather.PLUS));
        add.setId("interpreter-register");
        add.setOnAction(event -> register.run());
        Button remove = new Button("Unregister", FontIcon.of(Feather.MINUS));
        remove.setId("interpreter-unregister");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            InterpreterInfo selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.kind() != InterpreterKind.REGISTERED;
        }, table.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(event -> model.unregister(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("Look again", FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("interpreters-refresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, loading, status, spacer, add, remove, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(table, bar);
        setSpacing(8);
        setPadding(new Insets(12, 0, 0, 0));
    }

    private static TableColumn<InterpreterInfo, String> column(String title, double width,
                                                              Function<InterpreterInfo, String> value) {
        TableColumn<InterpreterInfo, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
