package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.monitor.MonitorView;
import io.kumo.ui.monitor.MonitorViewModel;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dashboard: an Overview tab (cards and charts of the last days, filtered by project) and a System tab (the
 * machine over the last five minutes). Live updates run only while the pane is shown and the window is not
 * minimised ({@link RefreshGate}). The System tab is built on its first visit: its charts would otherwise load their
 * classes and lay out every sample at start-up while nobody looks at them.
 */
public final class DashboardView implements PaneView {

    private final VBox root = new VBox(12);
    private final RefreshGate gate = new RefreshGate();

    public DashboardView(DashboardViewModel model, MonitorViewModel monitor) {
        this(model, monitor, new FirstRunGuideModel(() -> FirstRunState.UNKNOWN, new io.kumo.ui.common.SameThreadBackground()),
                GuideActions.NONE);
    }

    /** With the first-run guide, shown on the Overview while there is no task. */
    public DashboardView(DashboardViewModel model, MonitorViewModel monitor, FirstRunGuideModel guide, GuideActions actions) {
        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE_2);
        Tab system = tab("System", "monitor-tab", Feather.CPU, null);
        system.selectedProperty().subscribe(selected -> {
            if (selected && system.getContent() == null) {
                system.setContent(new MonitorView(monitor));
            }
        });
        TabPane tabs = new TabPane(tab("Overview", "overview-tab", Feather.HOME, new OverviewView(model, monitor, new FirstRunGuideView(guide, actions))), system);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("dashboard-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
        root.setPadding(new Insets(24, 24, 8, 24));
        root.setId("pane-dashboard");
        root.getStyleClass().add("dashboard");

        gate.followWindowOf(root);
        model.snapshotProperty().subscribe(snapshot -> guide.reload()); // re-read with every refresh: a task was added, say
        gate.openProperty().subscribe(open -> {
            if (open) {
                guide.reload();
                model.activate();
                monitor.activate();
            } else {
                model.deactivate();
                monitor.deactivate();
            }
        });
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
        gate.setShown(true);
    }

    @Override
    public void onHide() {
        gate.setShown(false);
    }
}
