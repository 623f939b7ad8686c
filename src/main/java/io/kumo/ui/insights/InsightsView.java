package io.kumo.ui.insights;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Insights pane: error groups, task trends, reports and archives, one tab each; only the shown tab is live. */
public final class InsightsView implements PaneView {

    private final VBox root = new VBox(12);
    private final TabPane tabs = new TabPane();
    private final List<InsightsTab> parts;
    private InsightsTab shown;

    public InsightsView(List<InsightsTab> parts) {
        this.parts = List.copyOf(parts);
        Label title = new Label("Insights");
        title.getStyleClass().add(Styles.TITLE_2);
        tabs.setId("insights-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.parts.forEach(part -> tabs.getTabs().add(part.tab()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> show(now.intValue()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
        root.setPadding(new Insets(24));
        root.setId("pane-insights");
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        show(tabs.getSelectionModel().getSelectedIndex());
    }

    @Override
    public void onHide() {
        if (shown != null) {
            shown.onHide();
            shown = null;
        }
    }

    /** Selects the tab titled {@code title} ("Errors", "Trends", "Reports", "Archives"). */
    public void select(String title) {
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** The part behind a tab, for callers that steer it (open a task's trends, say). */
    public <T extends InsightsTab> java.util.Optional<T> part(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private void show(int index) {
        onHide();
        if (index >= 0 && index < parts.size()) {
            shown = parts.get(index);
            shown.onShow();
        }
    }
}
