package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.shell.ThemeModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Application settings on one scrollable page of sections, with a list of the sections on the left that scrolls to
 * each. Plain settings are saved by each section's Apply; theme and start minimized at once.
 */
public final class SettingsView implements PaneView {

    private final SettingsViewModel model;
    private final VBox root = new VBox(12);
    private final VBox page = new VBox(28);
    private final ScrollPane scroll = new ScrollPane(page);
    private final Map<SettingsSection, Node> sections = new EnumMap<>(SettingsSection.class);
    private final AppearanceSection appearance;

    public SettingsView(SettingsViewModel model, ThemeModel theme, String version) {
        this.model = model;
        appearance = new AppearanceSection(theme, model.general());
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        add(SettingsSection.APPEARANCE, appearance);
        add(SettingsSection.SCHEDULING, GeneralSections.scheduling(model.general()));
        add(SettingsSection.LOGS, GeneralSections.logs(model.general()));
        add(SettingsSection.PROJECTS, GeneralSections.projects(model.general()));
        add(SettingsSection.NETWORK, GeneralSections.network(model.general()));
        add(SettingsSection.LIMITS, LimitsSection.create(model.general(), model.machine()));
        add(SettingsSection.API, ApiSection.create(model.general(), model.apiServer(), model.apiTokens(), model.apiHooks()));
        add(SettingsSection.CONNECTION, ConnectionSection.create(model.connection()));
        add(SettingsSection.VARIABLES, VariablesSection.create(model.variables()));
        add(SettingsSection.BACKUPS, BackupsSection.create(model.backups(), model.general()));
        add(SettingsSection.DATA_CHECK, DataCheckSection.create(model.dataCheck()));
        add(SettingsSection.DATA, data(model.dataDirectory(), version));
        page.setPadding(new Insets(4, 16, 24, 8));
        page.getStyleClass().add("settings-page");

        scroll.setId("settings-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox body = new HBox(16, navigation(), scroll);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(title, body);
        root.setPadding(new Insets(24));
        root.setId("pane-settings");
    }

    private void add(SettingsSection section, Node content) {
        Label header = new Label(section.title(), FontIcon.of(section.icon(), 18));
        header.setId("settings-section-" + section.key());
        header.getStyleClass().addAll(Styles.TITLE_3, "settings-section-title");
        header.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(12, header, content);
        sections.put(section, box);
        page.getChildren().add(box);
    }

    private ListView<SettingsSection> navigation() {
        ListView<SettingsSection> list = new ListView<>();
        list.getItems().setAll(SettingsSection.values());
        list.setId("settings-sections");
        list.getStyleClass().add("settings-nav");
        list.setPrefWidth(190);
        list.setMinWidth(170);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setOnMouseClicked(event -> {
                    if (getItem() != null) {
                        scrollTo(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(SettingsSection item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setGraphic(empty || item == null ? null : FontIcon.of(item.icon()));
                setId(empty || item == null ? null : "settings-nav-" + item.key());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                scrollTo(section);
            }
        });
        return list;
    }

    /** Scrolls the page so that the section starts at the top (or as near as the page's end allows). */
    void scrollTo(SettingsSection section) {
        root.applyCss();
        root.layout();
        double content = page.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = sections.get(section).getBoundsInParent().getMinY();
        scroll.setVvalue(content > viewport ? Math.min(1, top / (content - viewport)) : 0);
    }

    /** Scrolls to the Connection section (the Nodes pane's way to a cluster). */
    public void showConnection() {
        // on the pane's first showing its page is laid out in the next pulse: scroll once it has its height
        javafx.application.Platform.runLater(() -> scrollTo(SettingsSection.CONNECTION));
    }

    private static VBox data(String dataDirectory, String version) {
        TextField dataDir = new TextField(dataDirectory);
        dataDir.setId("settings-data-dir");
        dataDir.setEditable(false);
        dataDir.setPrefColumnCount(50);
        Label about = new Label(version);
        about.setId("settings-version");
        return Forms.section(Forms.muted("Data directory (database, logs, projects, environments, backups, trash). "
                + "Start Kumo with --data-dir or KUMO_HOME to use another one."), dataDir, about);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        appearance.activate();
        model.activate();
    }

    @Override
    public void onHide() {
        appearance.deactivate();
        model.deactivate();
    }
}
