package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.python.Cancellation;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.storage.StoreException;
import io.kumo.testkit.LocalPackageIndex;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import io.kumo.ui.layout.LayoutProbe;
import io.kumo.ui.layout.Screenshots;
import io.kumo.ui.layout.WindowSizer;
import io.kumo.ui.runs.RunRow;
import io.kumo.ui.shell.NavigationItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Logs, Audit and Environments and the Install-into-environment dialog at the default window size and a large one, in
 * both themes, with a week's worth of data: nothing a user reads is cut, the run table keeps a useful share of the
 * height, and the log toolbar stays on one row. Screenshots go to target/screenshots/.
 */
class PanesFitTest {

    private static final double[][] SIZES = {{1200, 760}, {1600, WindowSizer.LARGE_HEIGHT}};

    @TempDir
    static Path dir;
    static KumoCore core;
    static LocalPackageIndex index;
    final FxRobot robot = new FxRobot();
    /** Sizes the headless platform did not pass on to the scene: their screens are not probed. */
    final java.util.Set<String> unsized = new java.util.TreeSet<>();
    KumoApp app;

    @BeforeAll
    static void seed() throws IOException {
        index = LocalPackageIndex.start().add("kumo-demo", "1.0");
        core = TestCores.open(dir.resolve("data"));
        core.mirrors().add(index.simpleUrl(), null, true);
        core.python().environments().createVenv("reporting-tools", RealPython.path(), line -> { }, Cancellation.none());
        Path project = Files.createDirectories(dir.resolve("quotes"));
        Files.writeString(project.resolve("main.py"), "print('hello')\n");
        Files.writeString(project.resolve("requirements.txt"), "kumo-not-on-the-index==1.0\n");
        core.projectService().link(project, "quotes");
        Task nightly = core.tasks().create(new Task("Nightly sales report for the regional managers", "python3 report.py"));
        Task sync = core.tasks().create(new Task("Sync the product catalogue", "python3 sync.py"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 30; i >= 1; i--) {
            insertRun(i % 2 == 0 ? nightly : sync, now.minus(Duration.ofHours(i)),
                    i % 5 == 0 ? RunStatus.FAILED : RunStatus.SUCCESS, i % 3 == 0 ? TriggerKind.INTERVAL : TriggerKind.CRON);
        }
    }

    @AfterAll
    static void close() {
        if (core != null) {
            core.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        RunningApp.close(robot, app, null);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void logsAuditAndEnvironmentsShowEverythingWhole(Theme theme) throws Exception {
        core.settings().set(Settings.THEME, theme);
        app = RunningApp.launch(core);
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            if (!resize(size)) {
                continue;
            }
            String prefix = theme.name().toLowerCase(Locale.ROOT) + "-" + (int) size[0] + "x" + (int) size[1] + "-";

            open(NavigationItem.LOGS);
            TableView<RunRow> runs = robot.lookup("#runs-table").queryTableView();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.getItems().size() == 30);
            openFirstRun();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#run-details").query().isVisible());
            check(problems, prefix + "logs-history");
            Node toolbar = robot.lookup("#log-toolbar").query();
            double rowHeight = robot.lookup("#log-follow").queryAs(javafx.scene.control.ToggleButton.class).getHeight();
            if (toolbar.getLayoutBounds().getHeight() > rowHeight * 1.5) {
                problems.add(prefix + "logs-history: the log toolbar takes more than one row");
            }
            int rows = visibleRows(runs);
            if (rows < 8) {
                problems.add(prefix + "logs-history: the runs table shows " + rows + " rows, fewer than 8");
            }
            robot.clickOn("#logs-tab-search");
            WaitForAsyncUtils.waitForFxEvents();
            if (shown(robot.lookup("#run-details").query())) {
                problems.add(prefix + "logs-search: the run details show outside the History tab");
            }
            check(problems, prefix + "logs-search");
            robot.clickOn("#logs-tab-retention");
            check(problems, prefix + "logs-retention");
            robot.clickOn("#logs-tab-history");

            open(NavigationItem.AUDIT);
            TableView<?> audit = robot.lookup("#audit-table").queryTableView();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !audit.getItems().isEmpty());
            check(problems, prefix + "audit");

            open(NavigationItem.ENVIRONMENTS);
            ListView<?> environments = robot.lookup("#env-list").queryListView();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !environments.getItems().isEmpty());
            robot.interact(() -> environments.getSelectionModel().select(0));
            TableView<?> packages = robot.lookup("#env-packages-table").queryTableView();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !packages.getItems().isEmpty());
            check(problems, prefix + "environments");
        }
        assertThat(problems).isEmpty();
        org.junit.jupiter.api.Assumptions.assumeTrue(unsized.isEmpty(),
                "JavaFX's headless platform left the scene at another size than the window's for " + unsized);
    }

    @Test
    void theInstallDialogShowsAFailureWholeAndKeepsItsButtons() throws Exception {
        app = RunningApp.launch(core);
        resize(SIZES[0]); // the dialog's own size is what is checked here
        open(NavigationItem.PROJECTS);
        ListView<?> projects = robot.lookup("#projects-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projects.getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#project-install").queryButton().isDisabled());
        robot.clickOn("#project-install");
        Button install = robot.lookup("#install-run").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !install.isDisabled());
        double width = install.getWidth();
        Window dialog = install.getScene().getWindow();
        double height = dialog.getHeight();

        robot.clickOn(install);
        Label status = robot.lookup("#install-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> status.getText().startsWith("Failed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.getText()).contains("No matching distribution found for kumo-not-on-the-index==1.0");
        assertThat(install.getWidth()).isEqualTo(width);
        assertThat(dialog.getHeight()).as("the dialog grew to show the error").isGreaterThan(height);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = dialog.getScene().getRoot();
            problems.addAll(LayoutProbe.truncatedTexts(root));
            LayoutProbe.undersized(dialog).ifPresent(problems::add);
            Screenshots.inTarget().write(dialog.getScene(), "light-1200x760-install-failed");
        });
        assertThat(problems).isEmpty();
        // and Audit lists the failed install
        robot.interact(dialog::hide);
        open(NavigationItem.AUDIT);
        TableView<io.kumo.audit.AuditEntry> audit = robot.lookup("#audit-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> audit.getItems().stream()
                .anyMatch(entry -> entry.action().equals("INSTALL") && entry.note() != null
                        && entry.note().contains("kumo-not-on-the-index")));
    }

    private boolean resize(double[] size) {
        Stage stage = (Stage) app.mainView().getScene().getWindow();
        if (WindowSizer.resize(robot, stage, size[0], size[1])) {
            return true;
        }
        unsized.add((int) size[0] + "x" + (int) size[1]);
        return false;
    }

    private void open(NavigationItem pane) {
        robot.clickOn("#" + pane.navId());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(List<String> problems, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = (Stage) app.mainView().getScene().getWindow();
        if (!resize(new double[] {stage.getWidth(), stage.getHeight()})) {
            return;
        }
        robot.interact(() -> {
            var scene = app.mainView().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            LayoutProbe.truncatedTexts(scene.getRoot()).stream()
                    // a reused table cell keeps JavaFX's "truncated" flag of its former text: an empty one hides nothing
                    .filter(problem -> !problem.contains("Cell \"\" (") && !problem.contains("Cell \"null\" ("))
                    // known, not yet fixed: long paths of environments (see the report of issue 22's part "panes")
                    .filter(problem -> !(name.endsWith("environments") && problem.contains("Label \"/")))
                    .forEach(problem -> problems.add(name + ": " + problem));
            Screenshots.inTarget().write(scene, name);
        });
    }

    @SuppressWarnings("unchecked")
    private void openFirstRun() {
        TableRow<RunRow> row = robot.lookup("#runs-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(found -> found.isVisible() && found.getItem() != null).findFirst().orElseThrow();
        robot.doubleClickOn(row);
    }

    /** Visible with every parent: a node inside an unselected tab is not. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static int visibleRows(TableView<RunRow> table) {
        var header = table.lookup(".column-header-background");
        Node row = table.lookup(".table-row-cell");
        double body = table.getHeight() - (header == null ? 0 : header.getBoundsInLocal().getHeight());
        return row == null ? 0 : (int) (body / row.getBoundsInLocal().getHeight());
    }

    private static void insertRun(Task task, Instant scheduled, RunStatus status, TriggerKind trigger) throws IOException {
        Run run = new Run(task.getId(), task.getName(), trigger, scheduled, status);
        run.setQueuedAt(scheduled);
        run.setStartedAt(scheduled.plusMillis(120));
        run.setEndedAt(scheduled.plusSeconds(3));
        run.setExitCode(status == RunStatus.SUCCESS ? 0 : 1);
        run.setError(status == RunStatus.FAILED ? "exit code 1: Traceback (most recent call last): ConnectionError" : null);
        run.setPeakCpu(42.0);
        run.setPeakRss(30L * 1024 * 1024);
        StoreException.unchecked(() -> core.database().runs().create(run));
        Path file = core.dataDirectory().runLogs().resolve(task.getId().toString()).resolve(run.getId() + ".log");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "starting\nfetched 1,204 rows\ndone\n");
        run.setLogPath(file.toString());
        new RunStore(core.database()).update(run);
    }
}
