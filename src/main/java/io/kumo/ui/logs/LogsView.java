package io.kumo.ui.logs;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.Windows;
import io.kumo.ui.runs.FolderOpener;
import io.kumo.ui.runs.RunDetailsView;
import io.kumo.ui.runs.RunHistoryView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Logs pane: run history across tasks, search across logs and retention in tabs. The History tab holds the opened
 * run (fields, resource chart, log viewer) below its table; opening a run from anywhere shows that tab.
 */
public final class LogsView implements PaneView {

    private final LogsViewModel model;
    private final VBox root = new VBox(12);
    private final TabPane tabs;
    private final Tab historyTab;

    public LogsView(LogsViewModel model) {
        this.model = model;
        FolderOpener folders = new FolderOpener(model.background(), () -> Windows.of(root));
        RunHistoryView history = new RunHistoryView(model.history(), model::open, model.clustered(), model.clock().nowProperty());

        Label title = new Label("Logs");
        title.getStyleClass().add(Styles.TITLE_2);
        Label status = new Label();
        status.setId("logs-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Button delete = new Button("Delete logs", FontIcon.of(Feather.TRASH_2));
        delete.setId("logs-delete-selected");
        delete.setTooltip(new Tooltip("Delete the log files of the selected runs; the runs stay in the history"));
        delete.disableProperty().bind(Bindings.isEmpty(history.table().getSelectionModel().getSelectedItems()));
        delete.setOnAction(event -> model.deleteLogs(history.selectedRuns()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, status, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        RunDetailsView details = new RunDetailsView(model.details(), folders);
        SplitPane historySplit = new SplitPane(history, details);
        historySplit.setId("logs-history-split");
        historySplit.setOrientation(Orientation.VERTICAL);
        // the table keeps about ten rows at the default window size; the opened run takes the rest
        historySplit.setDividerPositions(0.64);
        historyTab = tab("History", "logs-tab-history", Feather.LIST, historySplit);
        tabs = new TabPane(historyTab,
                tab("Search logs", "logs-tab-search", Feather.SEARCH, new LogSearchView(model.search(), model::open)),
                tab("Retention", "logs-tab-retention", Feather.HARD_DRIVE, scrolling("retention-scroll", new RetentionView(model.retention()))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(0);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // another run opened (not the open one refreshed): show it
        model.details().runProperty().addListener((obs, old, run) -> {
            if (run != null && (old == null || old.id() != run.id())) {
                tabs.getSelectionModel().select(historyTab);
            }
        });
        root.getChildren().addAll(header, tabs);
        root.setPadding(new Insets(24));
        root.setId("pane-logs");
    }

    /** A tab's content that scrolls when the window leaves it too little height. */
    private static ScrollPane scrolling(String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static Tab tab(String text, String id, Feather icon, Node content) {
        Region padded = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        padded.setPadding(new Insets(10, 0, 0, 0));
        Tab tab = new Tab(text, padded);
        tab.setId(id);
        tab.setGraphic(FontIcon.of(icon));
        return tab;
    }

    /** Shows the history of one task (the Tasks pane calls this before switching here). */
    public void showTask(long taskId) {
        tabs.getSelectionModel().select(historyTab);
        model.showTask(taskId);
    }

    /** Opens one run's details and log (a workflow step's, from the Workflows pane). */
    public void showRun(long runId) {
        model.showRun(runId);
    }

    public LogsViewModel model() {
        return model;
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
