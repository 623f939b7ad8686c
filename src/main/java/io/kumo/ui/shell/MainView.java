package io.kumo.ui.shell;

import atlantafx.base.theme.Styles;
import io.kumo.settings.Theme;
import io.kumo.ui.common.PaneView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's layout: navigation sidebar, the selected pane (under the disk-full and the paused-scheduling
 * banners while they show), status bar. Panes are built on first visit.
 */
public final class MainView extends BorderPane {

    private final ObjectProperty<NavigationItem> selected = new SimpleObjectProperty<>();
    private final Map<NavigationItem, PaneView> panes = new EnumMap<>(NavigationItem.class);
    private final Map<NavigationItem, ToggleButton> navButtons = new EnumMap<>(NavigationItem.class);
    private final Function<NavigationItem, PaneView> paneFactory;
    private final StackPane content = new StackPane();
    private PaneView shown;

    public MainView(Function<NavigationItem, PaneView> paneFactory, ThemeModel theme, StatusBarView statusBar,
                    StorageBanner storageBanner, PauseBanner pauseBanner) {
        this.paneFactory = paneFactory;
        setLeft(sidebar(theme));
        content.getStyleClass().add("content");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox.setMargin(storageBanner, new Insets(8, 12, 0, 12));
        VBox.setMargin(pauseBanner, new Insets(8, 12, 0, 12));
        setCenter(new VBox(storageBanner, pauseBanner, content));
        setBottom(statusBar);
        getStyleClass().add("kumo-main");
        selected.addListener((obs, old, item) -> show(item));
        // a ZIP dropped anywhere on the window is imported as a project (the Projects pane handles drops on itself)
        setOnDragOver(event -> {
            if (io.kumo.ui.projects.ZipDrop.hasZips(event.getDragboard())) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
        });
        setOnDragDropped(event -> {
            java.util.List<java.nio.file.Path> zips = io.kumo.ui.projects.ZipDrop.zips(event.getDragboard());
            if (!zips.isEmpty()) {
                selected.set(NavigationItem.PROJECTS);
                if (panes.get(NavigationItem.PROJECTS) instanceof io.kumo.ui.projects.ZipDrop.Target target) {
                    target.importZips(zips);
                }
                event.setDropCompleted(true);
            }
        });
    }

    private VBox sidebar(ThemeModel theme) {
        Label brand = new Label("Kumo", FontIcon.of(Feather.CLOUD, 22));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox sidebar = new VBox(4, brand);
        ToggleGroup group = new ToggleGroup();
        for (NavigationItem item : NavigationItem.values()) {
            ToggleButton button = new ToggleButton(item.title(), FontIcon.of(item.icon(), 16));
            button.setId(item.navId());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            button.setTooltip(new Tooltip(item.title() + " (Ctrl+" + item.shortcutKey().getName() + ")"));
            button.setOnAction(event -> selected.set(item));
            navButtons.put(item, button);
            sidebar.getChildren().add(button);
        }
        // a selected toggle stays selected when clicked again
        group.selectedToggleProperty().addListener((obs, old, now) -> keepSelection(group, old, now));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        themeToggle.setOnAction(event -> theme.toggle());
        theme.themeProperty().addListener((obs, old, now) -> showThemeIcon(themeToggle, now));
        showThemeIcon(themeToggle, theme.themeProperty().get());
        sidebar.getChildren().addAll(spacer, themeToggle);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(16, 10, 12, 10));
        sidebar.setPrefWidth(200);
        return sidebar;
    }

    private static void keepSelection(ToggleGroup group, Toggle old, Toggle now) {
        if (now == null && old != null) {
            group.selectToggle(old);
        }
    }

    private static void showThemeIcon(Button button, Theme theme) {
        button.setGraphic(FontIcon.of(theme == Theme.DARK ? Feather.SUN : Feather.MOON, 16));
        button.setTooltip(new Tooltip(theme == Theme.DARK ? "Switch to the light theme" : "Switch to the dark theme"));
    }

    /** Ctrl+0..Ctrl+9 and Ctrl+I (Cmd on macOS) select the panes. */
    public void installShortcuts(Scene scene) {
        for (NavigationItem item : NavigationItem.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(item.shortcutKey(), KeyCombination.SHORTCUT_DOWN), () -> selected.set(item));
        }
    }

    /** Selects the pane and returns it (built on first use). */
    public PaneView open(NavigationItem item) {
        selected.set(item);
        return panes.computeIfAbsent(item, paneFactory);
    }

    public ObjectProperty<NavigationItem> selectedProperty() {
        return selected;
    }

    private void show(NavigationItem item) {
        if (shown != null) {
            shown.onHide();
        }
        shown = panes.computeIfAbsent(item, paneFactory);
        content.getChildren().setAll(shown.getRoot());
        navButtons.get(item).setSelected(true);
        shown.onShow();
    }

    /** Releases what the visible pane holds. */
    public void dispose() {
        if (shown != null) {
            shown.onHide();
            shown = null;
        }
    }
}
