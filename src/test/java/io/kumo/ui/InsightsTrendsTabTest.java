package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.insights.trends.VersionSegment;
import io.kumo.project.FileHistory;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.insights.trends.TaskChoice;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Insights → Trends in the real window: a task's charts and its script's versions, the slower one marked. */
class InsightsTrendsTabTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    Task job;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        Path folder = Files.createDirectories(dir.resolve("etl"));
        Files.writeString(folder.resolve("job.py"), "print(2)\n");
        Project etl = core.projects().create(new Project("etl", folder.toString()));
        job = new Task("job", "python3 job.py");
        job.setProjectId(etl.getId());
        job = core.tasks().create(job);
        core.tasks().create(new Task("other", "true"));
        ZoneId zone = ZoneId.systemDefault();
        Instant yesterday = LocalDate.now(zone).minusDays(1).atStartOfDay(zone).toInstant();
        for (int i = 1; i <= 3; i++) {
            run(yesterday.minusSeconds(3600L * i), 10); // before the edit: 10 s
            run(yesterday.plusSeconds(600L * i), 30); // after it: 30 s
        }
        new FileHistory(core.dataDirectory().history(), Clock.fixed(yesterday, ZoneOffset.UTC))
                .keep(etl.getId(), "job.py", "print(1)\n".getBytes());
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void aChosenTasksChartsAndVersionsShowAndTheSlowerVersionIsMarked() throws TimeoutException {
        robot.clickOn("#" + NavigationItem.INSIGHTS.navId());
        robot.interact(() -> robot.lookup("#insights-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> "insights-trends-tab".equals(tab.getId())).findFirst().ifPresent(tab ->
                        tab.getTabPane().getSelectionModel().select(tab)));
        ComboBox<TaskChoice> tasks = robot.lookup("#trends-task").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.getItems().size() == 2);
        assertThat(text("#trends-message")).isEqualTo("Choose a task to see its trends.");

        robot.clickOn("#trends-search").write("jo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.getItems()).extracting(TaskChoice::name).containsExactly("job");
        robot.interact(() -> tasks.setValue(tasks.getItems().getFirst()));

        TableView<VersionSegment> versions = robot.lookup("#trends-segments").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        List<VersionSegment> rows = List.copyOf(versions.getItems());
        assertThat(rows).extracting(VersionSegment::slower).containsExactly(true, false); // newest first
        assertThat(rows.getFirst().figures().p50Millis()).isEqualTo(30_000);
        assertThat(text("#trends-summary")).startsWith("6 runs · 100% succeeded · p50 10.0 s · p95 30.0 s")
                .endsWith("slower since an edit");
        LineChart<String, Number> duration = robot.lookup("#trends-duration").query();
        assertThat(duration.getData()).extracting(series -> series.getName()).containsExactly("p50", "p95");
        assertThat(duration.getData().getFirst().getData()).isNotEmpty();
    }

    @Test
    void aTaskWithoutRunsSaysSoInsteadOfEmptyCharts() throws TimeoutException {
        robot.clickOn("#" + NavigationItem.INSIGHTS.navId());
        robot.interact(() -> robot.lookup("#insights-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ComboBox<TaskChoice> tasks = robot.lookup("#trends-task").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.getItems().size() == 2);
        robot.interact(() -> tasks.setValue(tasks.getItems().stream().filter(t -> t.name().equals("other")).findFirst().orElseThrow()));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "No runs yet in this window.".equals(text("#trends-message")));
        for (String chart : List.of("#trends-duration", "#trends-success", "#trends-cpu", "#trends-memory")) {
            assertThat(visible(chart)).as(chart + " hides its bare axes").isFalse();
            assertThat(visible(chart + "-empty")).as(chart + " placeholder").isTrue();
        }
    }

    private boolean visible(String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().isVisible()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Label.class).getText()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(Instant at, int seconds) {
        Run run = new Run(job, TriggerKind.CRON, at, RunStatus.SUCCESS);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(seconds));
        run.setCpuMillis(500L);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }
}
