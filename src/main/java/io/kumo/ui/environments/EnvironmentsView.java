package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.SelectionSync;
import io.kumo.ui.common.Windows;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Python environments, the interpreters they are made from, and the package indexes pip installs from. Creation and
 * package changes stream into the console below the environments and can be cancelled there.
 */
public final class EnvironmentsView implements PaneView {

    private final EnvironmentsViewModel model;
    private final VBox root = new VBox(12);

    public EnvironmentsView(EnvironmentsViewModel model) {
        this.model = model;
        Label title = new Label("Environments");
        title.setId("env-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, toolbar());
        header.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(
                tab("Environments", "env-tab-environments", Feather.BOX, environmentsTab()),
                tab("Interpreters", "env-tab-interpreters", Feather.CPU,
                        new InterpretersView(model.interpreters(), this::registerInterpreter)),
                tab("Mirrors", "env-tab-mirrors", Feather.GLOBE, new MirrorsView(model.mirrors())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root.getChildren().addAll(header, tabs);
        root.setPadding(new Insets(24));
        root.setId("pane-environments");
    }

    /** Asks for a new environment and creates it (also the dashboard's first-run guide); not while one is being made. */
    public void newEnvironment() {
        if (!model.operation().runningProperty().get()) {
            NewEnvironmentDialog.show(Windows.of(root), model).ifPresent(model::create);
        }
    }

    private HBox toolbar() {
        var busy = model.operation().runningProperty();
        Button create = new Button("New environment", FontIcon.of(Feather.PLUS));
        create.setId("env-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(busy);
        create.setOnAction(event -> newEnvironment());
        Button use = new Button("Use an interpreter as is", FontIcon.of(Feather.TERMINAL));
        use.setId("env-use-interpreter");
        use.setTooltip(new Tooltip("Run tasks with an existing interpreter (the system Python, say) and its packages"));
        use.disableProperty().bind(busy);
        use.setOnAction(event -> UseInterpreterDialog.show(Windows.of(root), model.interpreters()).ifPresent(model::useInterpreter));
        Button register = new Button("Register interpreter…", FontIcon.of(Feather.FILE_PLUS));
        register.setId("env-register-interpreter");
        register.setTooltip(new Tooltip("Add a Python interpreter Kumo did not find by itself"));
        register.setOnAction(event -> registerInterpreter());
        Button refresh = new Button("Refresh", FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("env-refresh");
        refresh.setOnAction(event -> model.refreshAll());
        HBox bar = new HBox(8, create, use, register, refresh);
        bar.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        return bar;
    }

    private Node environmentsTab() {
        ListView<EnvironmentItem> list = new ListView<>(model.environments());
        list.setId("env-list");
        list.setCellFactory(view -> new EnvironmentCell());
        list.setPlaceholder(ConsoleView.muted("No environments yet"));
        list.setMinWidth(220);
        SelectionSync.bind(list.getSelectionModel(), model.selectedProperty(), model::select);

        SplitPane top = new SplitPane(list, new EnvironmentDetailsView(model));
        top.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        SplitPane split = new SplitPane(top, new ConsoleView(model.console(), model.operation()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        split.setPadding(new Insets(12, 0, 0, 0));
        return split;
    }

    private void registerInterpreter() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Register a Python interpreter");
        File file = chooser.showOpenDialog(Windows.of(root));
        if (file != null) {
            model.interpreters().register(file.toPath());
        }
    }

    private static Tab tab(String text, String id, Feather icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setGraphic(FontIcon.of(icon));
        return tab;
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
