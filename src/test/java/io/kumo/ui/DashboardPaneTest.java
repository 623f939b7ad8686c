package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.dashboard.DashboardFormat;
import io.kumo.ui.dashboard.ProjectChoice;
import io.kumo.ui.dashboard.RunningItem;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dashboard on a store filled with runs on known days: cards, the runs-per-day bars, the failing tasks and
 * the running list, the project filter, and the System tab's live sampling, which stops when the pane is hidden.
 */
class DashboardPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    Project etl;
    LocalDate today;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        fillStore();
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    /**
     * Project etl: task "load" (today 2 successes and 1 failure, 3 days ago 1 success and 2 timeouts, one run going
     * for 90 s) and a disabled "report" (1 interruption today). Project web: task "crawl" (today 1 success, 3 days
     * ago 4 successes and 3 failures). Failures over 7 days: crawl 3, load 3 (ranked by name on a tie), report 1.
     */
    private void fillStore() {
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now();
        today = LocalDate.ofInstant(now, zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        // runs of "today" lie between midnight and now, whatever the time the test runs at
        Duration step = Duration.between(todayStart, now).dividedBy(20);
        Instant pastDay = today.minusDays(3).atStartOfDay(zone).toInstant().plus(Duration.ofHours(10));

        etl = core.projects().create(new Project("etl", dir.resolve("etl").toString()));
        Project web = core.projects().create(new Project("web", dir.resolve("web").toString()));
        Task load = task("load", etl, true);
        Task report = task("report", etl, false);
        Task crawl = task("crawl", web, true);

        int[] n = {0};
        java.util.function.Supplier<Instant> todayAt = () -> todayStart.plus(step.multipliedBy(++n[0]));
        run(load, todayAt.get(), RunStatus.SUCCESS);
        run(load, todayAt.get(), RunStatus.SUCCESS);
        run(load, todayAt.get(), RunStatus.FAILED);
        run(report, todayAt.get(), RunStatus.INTERRUPTED);
        run(crawl, todayAt.get(), RunStatus.SUCCESS);
        run(load, pastDay, RunStatus.SUCCESS);
        run(load, pastDay.plusSeconds(60), RunStatus.TIMEOUT);
        run(load, pastDay.plusSeconds(120), RunStatus.TIMEOUT);
        for (int i = 0; i < 7; i++) {
            run(crawl, pastDay.plusSeconds(60L * i), i < 4 ? RunStatus.SUCCESS : RunStatus.FAILED);
        }
        Run going = new Run(load, TriggerKind.MANUAL, now.minusSeconds(90), RunStatus.RUNNING);
        going.setStartedAt(now.minusSeconds(90));
        StoreException.unchecked(() -> core.database().runs().create(going));
    }

    private Task task(String name, Project project, boolean enabled) {
        Task task = new Task(name, "true");
        task.setProjectId(project.getId());
        task.setEnabled(enabled);
        return core.tasks().create(task);
    }

    private void run(Task task, Instant at, RunStatus status) {
        Run run = new Run(task, TriggerKind.CRON, at, status);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(30));
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    @Test
    void overviewShowsTheStoredRunsAndFollowsTheProjectFilter() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1".equals(text("#card-running")));
        assertThat(text("#card-tasks")).isEqualTo("3");
        assertThat(text("#card-enabled")).isEqualTo("2");
        assertThat(text("#card-failed-today")).isEqualTo("2");

        StackedBarChart<String, Number> runsPerDay = robot.lookup("#chart-runs-per-day").query();
        assertThat(bar(runsPerDay, "Succeeded", today)).isEqualTo(3);
        assertThat(bar(runsPerDay, "Failed", today)).isEqualTo(2);
        assertThat(bar(runsPerDay, "Succeeded", today.minusDays(3))).isEqualTo(5);
        assertThat(bar(runsPerDay, "Failed", today.minusDays(3))).isEqualTo(5);
        assertThat(bar(runsPerDay, "Succeeded", today.minusDays(1))).isZero();
        assertThat(failingNames()).startsWith("crawl", "load", "report");

        TableView<RunningItem> running = robot.lookup("#running-list").queryTableView();
        assertThat(running.getItems()).extracting(RunningItem::taskName).containsExactly("load");
        String elapsed = running.getItems().getFirst().elapsedProperty().get();
        assertThat(elapsed).matches("\\d+ min \\d\\d s");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !running.getItems().getFirst().elapsedProperty().get().equals(elapsed));

        ComboBox<ProjectChoice> filter = robot.lookup("#dashboard-project-filter").queryComboBox();
        assertThat(filter.getItems()).extracting(ProjectChoice::name).containsExactly("All projects", "etl", "web");
        robot.clickOn(filter);
        robot.clickOn("etl");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "2".equals(text("#card-tasks")));
        assertThat(text("#card-enabled")).isEqualTo("1");
        assertThat(text("#card-running")).isEqualTo("1");
        assertThat(text("#card-failed-today")).isEqualTo("2");
        assertThat(bar(runsPerDay, "Succeeded", today)).isEqualTo(2);
        assertThat(bar(runsPerDay, "Failed", today.minusDays(3))).isEqualTo(2);
        assertThat(failingNames()).containsExactly("load", "report");

        robot.interact(() -> filter.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1".equals(text("#card-tasks")));
        assertThat(text("#card-running")).isEqualTo("0");
        assertThat(text("#card-failed-today")).isEqualTo("0");
        assertThat(bar(runsPerDay, "Succeeded", today.minusDays(3))).isEqualTo(4);
        assertThat(running.getItems()).isEmpty();
        assertThat(failingNames()).containsExactly("crawl");
    }

    @Test
    void systemTabSamplesWhileShownAndStopsWhenThePaneIsHidden() throws TimeoutException {
        robot.clickOn("#monitor-tab");
        LineChart<Number, Number> cpu = robot.lookup("#monitor-cpu").query();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> cpu.getData().getFirst().getData().size() >= 2);
        // the monitor rebuilds its rows every sample: walk the scene graph on the FX thread, not beside it
        assertThat(onFx(() -> robot.from(robot.lookup("#monitor-partitions").<Pane>query()).lookup(".usage-bar")
                .queryAllAs(ProgressBar.class))).isNotEmpty();
        assertThat(text("#card-cpu")).endsWith("%");
        assertThat(text("#card-disk")).endsWith("%");
        assertThat(text("#monitor-process-threads")).matches("\\d+");

        Label samples = onFx(() -> robot.lookup("#monitor-samples").queryAs(Label.class));
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        long whenHidden = sampleCount(samples);
        WaitForAsyncUtils.sleep(5, TimeUnit.SECONDS); // more than two sampling intervals
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sampleCount(samples)).isEqualTo(whenHidden);

        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sampleCount(samples) > whenHidden);
    }

    @Test
    void systemTabIsBuiltOnItsFirstVisitAndKeptAfterwards() {
        javafx.scene.control.Tab system = onFx(() -> robot.lookup("#dashboard-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().stream().filter(tab -> "monitor-tab".equals(tab.getId())).findFirst().orElseThrow());
        assertThat(onFx(system::getContent)).isNull();
        assertThat(robot.lookup("#monitor-cpu").tryQuery()).isEmpty();

        robot.clickOn("#monitor-tab");
        Node built = onFx(system::getContent);
        robot.clickOn("#overview-tab");
        robot.clickOn("#monitor-tab");

        assertThat(built).isNotNull();
        assertThat(onFx(system::getContent)).isSameAs(built);
        assertThat(robot.lookup("#monitor-cpu").queryAll()).hasSize(1);
    }

    @Test
    void overviewFollowsTheRunsTheEngineRecords() throws TimeoutException {
        var engine = core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        // shown again, the dashboard listens to the engine that now exists
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());
        StackedBarChart<String, Number> runsPerDay = robot.lookup("#chart-runs-per-day").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar(runsPerDay, "Succeeded", today) == 3);

        Task quick = new Task("quick", "true");
        quick.setTriggerType(io.kumo.domain.TriggerType.MANUAL);
        engine.runNow(core.tasks().create(quick));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bar(runsPerDay, "Succeeded", today) == 4);
        assertThat(text("#card-tasks")).isEqualTo("4");
    }

    @Test
    void topTasksToggleBetweenRunsFailuresAndCpuAndTheDurationSpreadCountsFinishedRuns() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rankedNames().isEmpty());
        assertThat(rankedNames()).containsExactly("crawl", "load", "report"); // 8, 7 (one running) and 1 runs
        assertThat(rankedValues()).containsExactly("8 runs", "7 runs", "1 run");
        assertThat(onFx(() -> robot.from(robot.lookup("#chart-top-tasks").<Node>query()).lookup(".failing-count").queryAll()))
                .as("runs are not drawn as failures").isEmpty();

        robot.interact(() -> robot.lookup("#top-tasks-failures").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(rankedValues()).containsExactly("3 failures", "3 failures", "1 failure");
        robot.interact(() -> robot.lookup("#top-tasks-cpu").queryAs(javafx.scene.control.ToggleButton.class).fire());
        assertThat(text("#top-tasks-empty")).isEqualTo("No CPU time recorded in the last 7 days.");

        javafx.scene.chart.BarChart<String, Number> spread = robot.lookup("#chart-duration-spread").query();
        assertThat(onFx(() -> spread.getData().getFirst().getData().stream()
                .map(bar -> bar.getXValue() + "=" + bar.getYValue()).toList()))
                .containsExactly("< 1 s=0", "1–10 s=0", "10–60 s=15", "1–5 min=0", "5–30 min=0", "> 30 min=0");
        assertThat(onFx(spread::isVisible)).isTrue();
    }

    @Test
    void withoutRunsTheNewCardsSayNoRunsYetInsteadOfBareAxes() throws TimeoutException {
        StoreException.unchecked(() -> core.database().runs().executeRaw("DELETE FROM runs"));
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#top-tasks-empty").tryQuery().isPresent()
                && "No runs yet.".equals(text("#top-tasks-empty")));
        assertThat(onFx(() -> robot.lookup("#chart-duration-spread").query().isVisible())).isFalse();
        assertThat(onFx(() -> robot.lookup("#duration-spread-empty").queryAs(Label.class).isVisible())).isTrue();
    }

    private java.util.List<String> rankedNames() {
        return onFx(() -> robot.from(robot.lookup("#chart-top-tasks").<Node>query()).lookup(".failing-name")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private java.util.List<String> rankedValues() {
        return onFx(() -> robot.from(robot.lookup("#chart-top-tasks").<Node>query()).lookup(".ranked-value")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long bar(StackedBarChart<String, Number> chart, String series, LocalDate day) {
        XYChart.Series<String, Number> found = chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow();
        return found.getData().stream().filter(data -> data.getXValue().equals(DashboardFormat.day(day)))
                .findFirst().orElseThrow().getYValue().longValue();
    }

    private java.util.List<String> failingNames() {
        Node list = robot.lookup("#chart-top-failing").query();
        return robot.from(list).lookup(".failing-name").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static long sampleCount(Label samples) {
        return Long.parseLong(samples.getText().replaceAll(".*· (\\d+) samples$", "$1"));
    }
}
