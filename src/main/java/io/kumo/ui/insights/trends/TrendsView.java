package io.kumo.ui.insights.trends;

import atlantafx.base.theme.Styles;
import io.kumo.ui.insights.InsightsTab;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Insights → Trends: choose a task and a window; its per-day charts and its script's versions below. */
public final class TrendsView implements InsightsTab {

    private final TrendsViewModel model;
    private final Tab tab;

    public TrendsView(TrendsViewModel model) {
        this.model = model;
        TextField search = new TextField();
        search.setId("trends-search");
        search.setPromptText("Search tasks");
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<TaskChoice> task = new ComboBox<>(model.tasks());
        task.setId("trends-task");
        task.setPromptText("Task");
        task.setPrefWidth(260);
        task.valueProperty().bindBidirectional(model.taskProperty());
        ChoiceBox<Integer> window = new ChoiceBox<>();
        window.setId("trends-window");
        window.getItems().setAll(TrendsViewModel.WINDOWS);
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? "" : days == 0 ? "All history" : "Last " + days + " days";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        window.valueProperty().bindBidirectional(model.daysProperty());
        HBox toolbar = new HBox(10, search, task, window);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("trends-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label summary = new Label();
        summary.setId("trends-summary");
        summary.textProperty().bind(model.insightsProperty().map(TrendsView::summary).orElse(""));
        Label versions = new Label("Versions of the script");
        versions.getStyleClass().add(Styles.TITLE_4);

        TrendCharts charts = new TrendCharts();
        SegmentTable segments = new SegmentTable();
        model.insightsProperty().subscribe(insights -> {
            charts.show(insights);
            segments.show(insights);
        });
        // no bare axes before a task is chosen: the message says what to do
        for (javafx.scene.Node shownWithATask : List.of(charts, versions, segments)) {
            shownWithATask.visibleProperty().bind(model.insightsProperty().isNotNull());
            shownWithATask.managedProperty().bind(shownWithATask.visibleProperty());
        }
        VBox content = new VBox(12, toolbar, message, summary, charts, versions, segments);
        content.setPadding(new Insets(12, 4, 12, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        tab = new Tab("Trends", scroll);
        tab.setId("insights-trends-tab");
    }

    private static String summary(io.kumo.insights.trends.TaskInsights insights) {
        var f = insights.overall();
        return String.format(java.util.Locale.ROOT, "%d runs · %s succeeded · p50 %s · p95 %s · CPU %.1f s%s", f.runs(),
                f.successRate() < 0 ? "—" : Math.round(f.successRate() * 100) + "%",
                f.p50Millis() < 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f s", f.p50Millis() / 1000.0),
                f.p95Millis() < 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f s", f.p95Millis() / 1000.0), f.cpuSeconds(),
                insights.anySlower() ? " · slower since an edit" : "");
    }

    /** Opens the trends of the task with this id (from another pane). */
    public void showTask(long taskId) {
        model.showTask(taskId);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void onShow() {
        model.refreshTasks();
        model.load();
    }
}
