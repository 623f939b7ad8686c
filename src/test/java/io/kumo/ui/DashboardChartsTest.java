package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.DayLabels;
import io.kumo.ui.dashboard.DashboardFormat;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's and the System tab's charts as a user sees them at the default window size (1200x760) and
 * maximized: placeholders instead of bare axes, day labels that never touch, legend swatches in the colours of their
 * lines, and no unexplained vertical line. "Maximized" is 1920 wide but only 960 high: JavaFX's headless platform
 * paints into a 1000x1000 screen and fails on any later move of a window that reached below it.
 */
class DashboardChartsTest {

    private static final int WIDE = 1920;
    private static final int WIDE_HEIGHT = 960;

    private static final List<String> DAY_CHARTS = List.of("#chart-runs-per-day", "#chart-duration");
    private static final List<String> TIME_CHARTS = List.of("#monitor-cpu", "#monitor-memory", "#monitor-disk-io", "#monitor-network");

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            resize(1200, 760); // the primary stage outlives this test: leave it at a size the next one can move
        }
        RunningApp.close(robot, app, core);
    }

    private void launch(int width, int height) throws TimeoutException {
        app = RunningApp.launch(core);
        resize(width, height);
    }

    private void resize(int width, int height) {
        Window window = onFx(() -> app.mainView().getScene().getWindow());
        robot.interact(() -> {
            window.setX(0);
            window.setY(0);
            window.setWidth(width);
            window.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEmptyDashboardSaysNoRunsYetAndShowsTheChartsOnceRunsArrive() throws TimeoutException {
        core = TestCores.open(dir);
        launch(1200, 760);

        for (String chart : List.of("#chart-runs-per-day", "#chart-success-rate", "#chart-duration")) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(chart + "-empty").query().isVisible()));
            assertThat(onFx(() -> robot.lookup(chart + "-empty").queryAs(Label.class).getText())).isEqualTo("No runs yet");
            assertThat(onFx(() -> robot.lookup(chart).query().isVisible())).as(chart + " hides its bare axes").isFalse();
            assertThat(centreDistance(chart, chart + "-empty")).as("the placeholder is centred on the chart").isLessThan(2);
        }

        Task task = task("load");
        run(task, Instant.now().minusSeconds(120), RunStatus.SUCCESS);
        robot.clickOn("#" + NavigationItem.TASKS.navId());
        robot.clickOn("#" + NavigationItem.DASHBOARD.navId());

        for (String chart : List.of("#chart-runs-per-day", "#chart-success-rate", "#chart-duration")) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(chart).query().isVisible()));
            assertThat(onFx(() -> robot.lookup(chart + "-empty").query().isVisible())).isFalse();
        }
    }

    @Test
    void dayLabelsNeverTouchAtTheDefaultWindowSize() throws TimeoutException {
        runsOnFourteenDays();
        launch(1200, 760);
        assertDayLabelsApart();
    }

    @Test
    void dayLabelsNeverTouchMaximized() throws TimeoutException {
        runsOnFourteenDays();
        launch(WIDE, WIDE_HEIGHT);
        assertDayLabelsApart();
    }

    @Test
    void systemLegendSwatchesTakeTheirLinesColoursInBothThemes() throws TimeoutException {
        core = TestCores.open(dir);
        launch(1200, 760);
        robot.clickOn("#monitor-tab");
        waitForLines();
        assertLegendsMatchLines();

        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertLegendsMatchLines();
    }

    @Test
    void systemChartsDrawNoUnlabelledVerticalLine() throws TimeoutException {
        core = TestCores.open(dir);
        launch(WIDE, WIDE_HEIGHT);
        robot.clickOn("#monitor-tab");
        waitForLines();

        for (String id : TIME_CHARTS) {
            XYChart<Number, Number> chart = robot.lookup(id).query();
            NumberAxis time = (NumberAxis) chart.getXAxis();
            // in its first five minutes the monitor's time line holds x = 0, where JavaFX would draw its zero line
            assertThat(onFx(() -> time.getLowerBound() < 0 && time.getUpperBound() > 0)).isTrue();
            assertThat(onFx(() -> chart.lookupAll(".chart-vertical-zero-line").stream().noneMatch(Node::isVisible)))
                    .as(id + " has no vertical zero line").isTrue();
        }
    }

    private void assertDayLabelsApart() throws TimeoutException {
        String today = DashboardFormat.day(LocalDate.now());
        for (String id : DAY_CHARTS) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(id).query().isVisible()
                    && ((CategoryAxis) robot.lookup(id).<XYChart<String, Number>>query().getXAxis()).getCategories().size() == 14));
            WaitForAsyncUtils.waitForFxEvents();
            List<Text> labels = onFx(() -> visibleTickLabels(robot.lookup(id).query()));
            assertThat(labels).extracting(Text::getText).as(id + " labels today").contains(today).hasSizeGreaterThan(2);
            List<Bounds> bounds = onFx(() -> labels.stream().map(label -> label.localToScene(label.getBoundsInLocal()))
                    .sorted(Comparator.comparingDouble(Bounds::getMinX)).toList());
            for (int i = 1; i < bounds.size(); i++) {
                assertThat(bounds.get(i).getMinX() - bounds.get(i - 1).getMaxX())
                        .as(id + ": room between day labels " + labels.get(i - 1).getText() + " and " + labels.get(i).getText())
                        .isGreaterThanOrEqualTo(DayLabels.MIN_GAP - 1);
            }
        }
    }

    private static List<Text> visibleTickLabels(XYChart<String, Number> chart) {
        return chart.getXAxis().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible()).map(Text.class::cast)
                .filter(text -> !text.getText().isEmpty()).toList();
    }

    private void waitForLines() throws TimeoutException {
        for (String id : TIME_CHARTS) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(id).query().isVisible()));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertLegendsMatchLines() {
        for (String id : TIME_CHARTS) {
            XYChart<Number, Number> chart = robot.lookup(id).query();
            List<String> mismatches = onFx(() -> {
                chart.applyCss();
                List<String> found = new ArrayList<>();
                List<Node> symbols = List.copyOf(chart.lookupAll(".chart-legend-item-symbol"));
                if (symbols.size() != chart.getData().size()) {
                    found.add(symbols.size() + " swatches for " + chart.getData().size() + " lines");
                }
                for (int i = 0; i < chart.getData().size(); i++) {
                    String series = "series" + i;
                    Paint line = ((javafx.scene.shape.Path) chart.getData().get(i).getNode()).getStroke();
                    Paint swatch = symbols.stream().filter(symbol -> symbol.getStyleClass().contains(series)).findFirst()
                            .map(symbol -> ((Region) symbol).getBackground().getFills().getFirst().getFill()).orElse(null);
                    if (!line.equals(swatch)) {
                        found.add(chart.getData().get(i).getName() + ": line " + line + ", swatch " + swatch);
                    }
                }
                return found;
            });
            assertThat(mismatches).as(id).isEmpty();
        }
        Paint cpuLine = onFx(() -> ((javafx.scene.shape.Path) robot.lookup("#monitor-cpu").<XYChart<Number, Number>>query()
                .getData().getFirst().getNode()).getStroke());
        List<Paint> coreBars = onFx(() -> robot.from(robot.lookup("#monitor-cores").<Node>query()).lookup(".usage-bar")
                .queryAllAs(ProgressBar.class).stream()
                .map(bar -> ((Region) bar.lookup(".bar")).getBackground().getFills().getFirst().getFill()).toList());
        assertThat(coreBars).as("the per-core bars under the CPU chart").isNotEmpty().allMatch(cpuLine::equals);
    }

    private double centreDistance(String chart, String placeholder) {
        return onFx(() -> {
            Node a = robot.lookup(chart).query();
            Node b = robot.lookup(placeholder).query();
            Bounds outer = a.localToScene(a.getBoundsInLocal());
            Bounds inner = b.localToScene(b.getBoundsInLocal());
            return Math.hypot(outer.getCenterX() - inner.getCenterX(), outer.getCenterY() - inner.getCenterY());
        });
    }

    /** One task with a run at noon on each of the last 14 days, and one today, so that every day has a bar. */
    private void runsOnFourteenDays() {
        core = TestCores.open(dir);
        Task task = task("crawl");
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        for (int back = 1; back < 14; back++) {
            run(task, today.minusDays(back).atTime(12, 0).atZone(zone).toInstant(), back % 3 == 0 ? RunStatus.FAILED : RunStatus.SUCCESS);
        }
        Instant now = Instant.now();
        Instant midnight = today.atStartOfDay(zone).toInstant();
        run(task, midnight.plus(java.time.Duration.between(midnight, now).dividedBy(2)), RunStatus.SUCCESS);
    }

    private Task task(String name) {
        return core.tasks().create(new Task(name, "true"));
    }

    private void run(Task task, Instant at, RunStatus status) {
        Run run = new Run(task, TriggerKind.CRON, at, status);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(30));
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
