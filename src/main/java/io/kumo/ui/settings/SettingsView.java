package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.settings.Theme;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.shell.ThemeModel;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Application settings; each change is saved (and audited) at once. */
public final class SettingsView implements PaneView {

    private final VBox root = new VBox(14);
    private final ThemeModel theme;
    private final ToggleGroup themeGroup = new ToggleGroup();
    private final RadioButton light = new RadioButton("Light");
    private final RadioButton dark = new RadioButton("Dark");
    private final ChangeListener<Theme> themeListener = (obs, old, chosen) -> select(chosen);

    public SettingsView(ThemeModel theme, String dataDirectory, String version) {
        this.theme = theme;
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);

        light.setId("theme-light");
        dark.setId("theme-dark");
        light.setToggleGroup(themeGroup);
        dark.setToggleGroup(themeGroup);
        light.setOnAction(event -> theme.themeProperty().set(Theme.LIGHT));
        dark.setOnAction(event -> theme.themeProperty().set(Theme.DARK));

        TextField dataDir = new TextField(dataDirectory);
        dataDir.setId("settings-data-dir");
        dataDir.setEditable(false);
        dataDir.setPrefColumnCount(50);

        root.getChildren().addAll(title,
                section("Appearance"), new HBox(16, new Label("Theme"), light, dark),
                section("Data"), new Label("Data directory (database, logs, projects, environments, backups, trash)"), dataDir,
                section("About"), new Label(version));
        root.setPadding(new Insets(24));
        root.setId("pane-settings");
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    private void select(Theme chosen) {
        themeGroup.selectToggle(chosen == Theme.DARK ? dark : light);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        select(theme.themeProperty().get());
        theme.themeProperty().addListener(themeListener);
    }

    @Override
    public void onHide() {
        theme.themeProperty().removeListener(themeListener);
    }
}
