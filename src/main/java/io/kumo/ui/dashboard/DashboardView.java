package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.PaneView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Totals across Kumo; an invitation to add a first task while there is none. */
public final class DashboardView implements PaneView {

    private final DashboardViewModel model;
    private final VBox root = new VBox(20);

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE_2);
        HBox cards = new HBox(16,
                card("card-tasks", "Tasks", Feather.CLOCK, model.tasksProperty()),
                card("card-projects", "Projects", Feather.FOLDER, model.projectsProperty()),
                card("card-environments", "Environments", Feather.BOX, model.environmentsProperty()),
                card("card-runs", "Runs recorded", Feather.PLAY_CIRCLE, model.runsProperty()));
        EmptyState empty = new EmptyState(Feather.CLOCK, "No tasks yet",
                "Import a project, choose its Python environment and schedule a script: its runs, "
                        + "successes and failures will be charted here.");
        empty.visibleProperty().bind(model.loadedProperty().and(model.tasksProperty().isEqualTo(0)));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox.setVgrow(empty, Priority.ALWAYS);
        root.getChildren().addAll(title, cards, empty);
        root.setPadding(new Insets(24));
        root.setId("pane-dashboard");
    }

    private static Node card(String id, String caption, Ikon icon, LongProperty value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(Styles.TITLE_1);
        number.textProperty().bind(Bindings.convert(value));
        Label label = new Label(caption, FontIcon.of(icon, 16));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(6, label, number);
        card.getStyleClass().add("kumo-card");
        card.setPadding(new Insets(16));
        card.setMinWidth(170);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.activate();
    }

    @Override
    public void onHide() {
        model.deactivate();
    }
}
