package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.EmptyState;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected environment: what it is, its actions, and its packages; an explanation while none is selected. */
final class EnvironmentDetailsView extends StackPane {

    private final EnvironmentsViewModel model;

    EnvironmentDetailsView(EnvironmentsViewModel model) {
        this.model = model;
        ObservableValue<EnvironmentItem> selected = model.selectedProperty();

        Label name = new Label();
        name.setId("env-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(selected.map(EnvironmentItem::name).orElse(""));
        StateBadge badge = new StateBadge();
        badge.setId("env-detail-state");
        selected.subscribe(item -> badge.show(item == null ? null : item.state(), item != null && item.busy()));
        HBox title = new HBox(10, name, badge);
        title.setAlignment(Pos.CENTER_LEFT);
        // the actions go under the name when the split leaves too little width for both
        FlowPane header = new FlowPane(16, 8, title, actions());
        header.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(12, header, facts(selected), packageChanges(), new PackagesView(model.packages()));
        VBox.setVgrow(details.getChildren().getLast(), Priority.ALWAYS);
        details.setPadding(new Insets(0, 0, 0, 12));
        details.visibleProperty().bind(selected.map(item -> true).orElse(false));

        EmptyState none = new EmptyState(Feather.BOX, "No environment selected",
                "Select an environment on the left to see its packages, check it or delete it.");
        EmptyState first = new EmptyState(Feather.BOX, "No Python environments yet",
                "Click New environment to make a venv from one of your interpreters (or a conda environment), "
                        + "or Use an interpreter as is. Each project can then run with its own packages.");
        var empty = Bindings.isEmpty(model.environments());
        first.visibleProperty().bind(details.visibleProperty().not().and(empty).and(model.loadedProperty()));
        none.visibleProperty().bind(details.visibleProperty().not().and(empty.not()));
        getChildren().addAll(none, first, details);
        setMinWidth(0);
    }

    private HBox actions() {
        Button check = new Button("Check health", FontIcon.of(Feather.ACTIVITY));
        check.setId("env-check");
        check.setTooltip(new Tooltip("Run the interpreter: Ready when it works, Broken when it does not"));
        check.disableProperty().bind(model.canCheckProperty().not());
        check.setOnAction(event -> model.checkHealth());
        Button reset = new Button("Reset", FontIcon.of(Feather.ROTATE_CCW));
        reset.setId("env-reset");
        reset.setTooltip(new Tooltip("For an environment left Creating or Deleting by a crash: "
                + "Ready when its interpreter works, else Broken"));
        reset.disableProperty().bind(model.canResetProperty().not());
        reset.setOnAction(event -> model.reset());
        Button delete = new Button("Delete", FontIcon.of(Feather.TRASH_2));
        delete.setId("env-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(model.canDeleteProperty().not());
        delete.setOnAction(event -> model.delete());
        HBox actions = new HBox(8, check, reset, delete);
        actions.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        return actions;
    }

    private static GridPane facts(ObservableValue<EnvironmentItem> selected) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        fact(grid, 0, "Kind", "env-detail-kind", selected, EnvironmentItem::kindLabel);
        fact(grid, 1, "Python", "env-detail-version", selected, EnvironmentItem::versionLabel);
        fact(grid, 2, "Interpreter", "env-detail-interpreter", selected, EnvironmentItem::interpreterPath);
        fact(grid, 3, "Location", "env-detail-location", selected, item -> orDash(item.location()));
        fact(grid, 4, "Made from", "env-detail-base", selected, item -> orDash(item.baseInterpreter()));
        return grid;
    }

    private static void fact(GridPane grid, int row, String caption, String id, ObservableValue<EnvironmentItem> selected,
                             Function<EnvironmentItem, String> value) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(selected.map(value).orElse(""));
        text.setWrapText(true);
        grid.addRow(row, label, text);
    }

    private VBox packageChanges() {
        CheckBox allow = new CheckBox("Allow package changes");
        allow.setId("env-allow-changes");
        allow.setTooltip(new Tooltip("Let Kumo install and remove packages in this interpreter"));
        Label warning = ConsoleView.muted("Installing into an interpreter used as is changes it for every program "
                + "that uses it, and can break tools of your operating system. Prefer a venv.");
        warning.getStyleClass().add(Styles.WARNING);
        model.selectedProperty().subscribe(item -> allow.setSelected(item != null && item.packagesWritable()));
        allow.setOnAction(event -> {
            if (!model.setPackagesWritable(allow.isSelected())) {
                allow.setSelected(!allow.isSelected());
            }
        });
        allow.disableProperty().bind(model.operation().runningProperty());
        VBox box = new VBox(4, allow, warning);
        box.visibleProperty().bind(model.selectedProperty().map(EnvironmentItem::isSystem).orElse(false));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
