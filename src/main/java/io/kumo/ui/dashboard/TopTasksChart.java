package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.dashboard.DashboardSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The last 7 days' top 10 tasks by runs, failures or CPU time (three toggles), ranked with bars scaled to the first. */
final class TopTasksChart extends VBox {

    enum Measure {
        RUNS("Runs", DashboardSnapshot.Rankings::byRuns),
        FAILURES("Failures", DashboardSnapshot.Rankings::byFailures),
        CPU("CPU time", DashboardSnapshot.Rankings::byCpuMillis);

        final String label;
        final Function<DashboardSnapshot.Rankings, List<DashboardSnapshot.RankedTask>> ranking;

        Measure(String label, Function<DashboardSnapshot.Rankings, List<DashboardSnapshot.RankedTask>> ranking) {
            this.label = label;
            this.ranking = ranking;
        }

        String value(long value) {
            return switch (this) {
                case RUNS -> value + (value == 1 ? " run" : " runs");
                case FAILURES -> value + (value == 1 ? " failure" : " failures");
                case CPU -> String.format(Locale.ROOT, "%.1f s CPU", value / 1000.0);
            };
        }
    }

    private final GridPane rows = new GridPane();
    private final ToggleGroup measures = new ToggleGroup();
    private DashboardSnapshot.Rankings rankings;

    TopTasksChart() {
        super(10);
        setId("chart-top-tasks");
        getStyleClass().add("top-failing");
        HBox toggles = new HBox();
        for (Measure measure : Measure.values()) {
            ToggleButton toggle = new ToggleButton(measure.label);
            toggle.setId("top-tasks-" + measure.name().toLowerCase(Locale.ROOT));
            toggle.setUserData(measure);
            toggle.setToggleGroup(measures);
            toggles.getChildren().add(toggle);
        }
        toggles.getChildren().getFirst().getStyleClass().add(Styles.LEFT_PILL);
        toggles.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        toggles.getChildren().getLast().getStyleClass().add(Styles.RIGHT_PILL);
        measures.selectToggle(measures.getToggles().getFirst());
        measures.selectedToggleProperty().subscribe((before, selected) -> {
            if (selected == null) {
                measures.selectToggle(before); // one measure is always shown
            } else {
                render();
            }
        });
        rows.setHgap(10);
        rows.setVgap(8);
        ColumnConstraints rank = new ColumnConstraints(22);
        ColumnConstraints name = new ColumnConstraints();
        name.setPrefWidth(180);
        name.setMinWidth(60);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(60);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(90);
        rows.getColumnConstraints().addAll(rank, name, bar, count);
        getChildren().addAll(toggles, rows);
    }

    void show(DashboardSnapshot snapshot) {
        rankings = snapshot.rankings();
        render();
    }

    private void render() {
        rows.getChildren().clear();
        if (rankings == null) {
            return;
        }
        Measure measure = (Measure) measures.getSelectedToggle().getUserData();
        List<DashboardSnapshot.RankedTask> tasks = measure.ranking.apply(rankings);
        if (tasks.isEmpty()) {
            Label none = new Label(rankings.noRuns() ? "No runs yet." : switch (measure) {
                case FAILURES -> "No failed runs in the last 7 days.";
                case CPU -> "No CPU time recorded in the last 7 days.";
                case RUNS -> "No runs yet.";
            });
            none.setId("top-tasks-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.add(none, 0, 0, 4, 1);
            return;
        }
        long most = tasks.getFirst().value();
        for (int row = 0; row < tasks.size(); row++) {
            DashboardSnapshot.RankedTask task = tasks.get(row);
            Label rank = new Label((row + 1) + ".");
            rank.getStyleClass().add(Styles.TEXT_MUTED);
            Label name = new Label(task.taskName());
            name.setWrapText(true); // a long task name takes a second line rather than losing its end
            name.getStyleClass().add("failing-name");
            ProgressBar bar = new ProgressBar(most == 0 ? 0 : (double) task.value() / most);
            bar.getStyleClass().add(measure == Measure.FAILURES ? "failing-bar" : "ranked-bar"); // red for failures only
            bar.setMaxWidth(Double.MAX_VALUE);
            Label value = new Label(measure.value(task.value()));
            value.getStyleClass().addAll("ranked-value", measure == Measure.FAILURES ? "failing-count" : "ranked-count");
            value.setAlignment(Pos.CENTER_RIGHT);
            rows.addRow(row, rank, name, bar, value);
        }
    }
}
