package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.dashboard.DashboardSnapshot;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The five tasks with the most failed runs over the last 7 days, as a ranked list with bars scaled to the first.
 * A list, not a category chart, so two tasks of the same name still get a row each.
 */
final class TopFailingChart extends GridPane {

    TopFailingChart() {
        setId("chart-top-failing");
        getStyleClass().add("top-failing");
        setHgap(10);
        setVgap(10);
        ColumnConstraints rank = new ColumnConstraints(22);
        ColumnConstraints name = new ColumnConstraints();
        name.setPrefWidth(180);
        name.setMinWidth(60);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(60);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(80);
        getColumnConstraints().addAll(rank, name, bar, count);
    }

    void show(DashboardSnapshot snapshot) {
        getChildren().clear();
        List<DashboardSnapshot.FailingTask> tasks = snapshot.topFailing();
        if (tasks.isEmpty()) {
            Label none = new Label("No failed runs in the last 7 days.");
            none.setId("top-failing-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none, 0, 0, 4, 1);
            return;
        }
        long most = tasks.getFirst().failures();
        for (int row = 0; row < tasks.size(); row++) {
            DashboardSnapshot.FailingTask task = tasks.get(row);
            Label rank = new Label((row + 1) + ".");
            rank.getStyleClass().add(Styles.TEXT_MUTED);
            Label name = new Label(task.taskName());
            name.setWrapText(true); // a long task name takes a second line rather than losing its end
            name.getStyleClass().add("failing-name");
            ProgressBar bar = new ProgressBar(most == 0 ? 0 : (double) task.failures() / most);
            bar.getStyleClass().add("failing-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(task.failures() + (task.failures() == 1 ? " failure" : " failures"));
            count.getStyleClass().add("failing-count");
            count.setAlignment(Pos.CENTER_RIGHT);
            addRow(row, rank, name, bar, count);
        }
    }
}
