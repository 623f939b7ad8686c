package io.kumo.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.time.format.FormatStyle;
import java.time.format.DateTimeFormatter;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.settings.Settings;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.runs.LogLineCell;
import io.kumo.ui.runs.RunRow;
import io.kumo.ui.shell.NavigationItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real Logs pane on a real store and engine: paging, a million-line log, a live flood, search, retention. */
class LogsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void pagesFiltersByStatusAndOpensAMillionLineLogAtOnce() throws Exception {
        Task task = core.tasks().create(new Task("big", "python3 -c pass"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 449; i >= 1; i--) {
            insertRun(task, now.minus(Duration.ofMinutes(i)), i % 3 == 0 ? RunStatus.FAILED : RunStatus.SUCCESS, null);
        }
        Run big = insertRun(task, now, RunStatus.FAILED, writer -> {
            for (int line = 1; line <= 1_000_000; line++) {
                if (line == 1_000_000) {
                    writer.write("the last line 1000000\n");
                } else if (line == 999_998 || line % 1000 == 0) {
                    writer.write("[stderr] trouble at line " + line + "\n");
                } else {
                    writer.write("line " + line + " of the big log\n");
                }
            }
        });

        openLogsPane();
        waitForText("#runs-page-label", "1–200 of 450 · page 1 of 3");
        // the newest run's row: the trigger in words, its times in the user's locale (en_US in tests, see pom.xml)
        TableView<?> runs = robot.lookup("#runs-table").queryAs(TableView.class);
        assertThat(runs.getColumns().stream().map(column -> String.valueOf(column.getCellData(0))).toList())
                .containsSubsequence("#" + big.getId(), "big", "Cron", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(Locale.US).withZone(ZoneId.systemDefault()).format(now));
        robot.clickOn("#runs-page-next");
        waitForText("#runs-page-label", "201–400 of 450 · page 2 of 3");
        robot.clickOn("#runs-page-next");
        waitForText("#runs-page-label", "401–450 of 450 · page 3 of 3");
        assertThat(robot.lookup("#runs-page-next").queryButton().isDisabled()).isTrue();

        robot.clickOn("#runs-filter-status");
        robot.clickOn(robot.lookup(".context-menu .label").match(LabeledMatchers.hasText("Failed")).<Node>query());
        waitForText("#runs-page-label", "1–150 of 150 · page 1 of 1");
        TableView<RunRow> table = robot.lookup("#runs-table").queryTableView();
        assertThat(table.getItems()).allMatch(row -> row.status() == RunStatus.FAILED);
        assertThat(table.getItems().getFirst().id()).isEqualTo(big.getId());

        doubleClickRun(big.getId()); // how fast it opens is the log viewer benchmark's figure, not a test's
        waitForText("#log-line-count", "1,000,000 lines");
        assertThat(text("#run-details-title")).isEqualTo("Run #" + big.getId() + " · big");

        ListView<Integer> log = robot.lookup("#log-view").queryListView();
        // focus for the keys below, given on the FX thread: TestFX's clickOn reads the list's bounds on this thread,
        // which raced with the viewer's layout of its cells (IndexOutOfBoundsException in Parent.updateCachedBounds)
        robot.interact(log::requestFocus);
        robot.type(KeyCode.HOME);
        waitForVisibleLine(1, "line 1 of the big log");
        assertThat(robot.lookup("#log-follow").queryAs(ToggleButton.class).isSelected()).isFalse();
        robot.type(KeyCode.END);
        LogLineCell last = waitForVisibleLine(1_000_000, "the last line 1000000");
        assertThat(last.getStyleClass()).doesNotContain("log-stderr");
        LogLineCell stderr = waitForVisibleLine(999_998, "trouble at line 999998");
        assertThat(stderr.getStyleClass()).contains("log-stderr");
    }

    @Test
    void followsARunningFloodWhileTheWindowStaysResponsive() throws Exception {
        // 200,000 lines in four bursts of 50,000 (each well over 10,000 lines a second), then a last line
        Task task = core.tasks().create(new Task("flood", "python3 -c \"import time; time.sleep(2); "
                + "[(print('flood line %d' % i), time.sleep(0.7) if i % 50000 == 49999 else None) for i in range(200000)]; "
                + "print('flood done')\""));
        openLogsPane();
        Run run = core.engine().orElseThrow().runNow(task);
        TableView<RunRow> table = robot.lookup("#runs-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(row -> row.id() == run.getId() && row.status() == RunStatus.RUNNING));
        doubleClickRun(run.getId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#log-line-count").contains("following the run"));

        List<Integer> counts = new ArrayList<>();
        ToggleButton wrap = robot.lookup("#log-wrap").queryAs(ToggleButton.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (text("#log-line-count").contains("following") && System.nanoTime() < deadline) {
            int count = lineCount();
            if (counts.isEmpty() || counts.getLast() != count) {
                counts.add(count);
            }
            CompletableFuture<Void> echo = new CompletableFuture<>(); // the FX thread answers during the flood
            Platform.runLater(() -> echo.complete(null));
            echo.get(5, TimeUnit.SECONDS); // (its pulse gaps are the log viewer benchmark's figure)
            if (count > 0 && counts.size() == 2) {
                boolean before = wrap.isSelected();
                robot.clickOn(wrap); // another control answers during the flood
                assertThat(wrap.isSelected()).isNotEqualTo(before);
                robot.clickOn(wrap);
            }
            Thread.sleep(100); // sampling pace of the observer, not a wait for the UI
        }
        assertThat(counts).as("line counts seen while following (last %d)", lineCount()).hasSizeGreaterThanOrEqualTo(3);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#log-line-count").contains("following"));
        int total = lineCount();
        assertThat(total).isGreaterThanOrEqualTo(200_002);
        waitForVisibleLine(total, null);
        assertThat(visibleCells()).anyMatch(cell -> cell.lineText().equals("flood done"));
        assertThat(new RunStore(core.database()).find(run.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void searchAcrossLogsOpensTheRunAtTheHit() throws Exception {
        Task task = core.tasks().create(new Task("haystack", "python3 -c pass"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Run needle = null;
        for (int i = 20; i >= 0; i--) {
            int runIndex = i;
            Run run = insertRun(task, now.minus(Duration.ofMinutes(i)), RunStatus.SUCCESS, writer -> {
                for (int line = 1; line <= 80; line++) {
                    writer.write(runIndex == 7 && line == 37 ? "a Needle in the haystack\n" : "hay " + line + "\n");
                }
            });
            if (i == 7) {
                needle = run;
            }
        }
        openLogsPane();
        robot.clickOn("#logs-tab-search");
        robot.clickOn("#logs-search-field").write("needle");
        robot.clickOn("#logs-search-button");
        TableView<?> results = robot.lookup("#logs-search-results").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1
                && text("#logs-search-status").startsWith("1 match in 21 runs"));

        robot.clickOn(robot.lookup("#logs-search-results .table-row-cell").nth(0).<Node>query());
        waitForText("#run-details-title", "Run #" + needle.getId() + " · haystack");
        waitForVisibleLine(37, "a Needle in the haystack");
        // the highlight re-renders the cells: the line's cell in view at the time carries it
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleLine(37, "a Needle in the haystack")
                .filter(cell -> cell.getStyleClass().contains("log-hit-current")).isPresent());
        assertThat(robot.lookup("#log-view").<Integer>queryListView().getSelectionModel().getSelectedItem()).isEqualTo(37);
    }

    @Test
    void cleanUpWithSevenDaysDeletesOlderLogsAndKeepsTheirRuns() throws Exception {
        Task task = core.tasks().create(new Task("daily", "python3 -c pass"));
        Instant now = Instant.now();
        List<Run> old = new ArrayList<>();
        List<Run> recent = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            Instant at = now.minus(Duration.ofDays(day <= 3 ? day : day + 7));
            Run run = insertRun(task, at, RunStatus.SUCCESS, writer -> writer.write("x".repeat(100_000) + "\n"));
            Files.setLastModifiedTime(Path.of(run.getLogPath()), FileTime.from(at.plusSeconds(5)));
            (day <= 3 ? recent : old).add(run);
        }
        openLogsPane();
        robot.clickOn("#logs-tab-retention");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#retention-total").contains("781 KB"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#retention-disk").startsWith("8 log files (one inode each) · their file system: "));
        robot.clickOn("#retention-log-days-7");
        scrollRetentionToTheEnd(); // the tab scrolls above the run details at this window size
        robot.clickOn("#retention-cleanup");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#retention-report").startsWith("Deleted 5 logs"));
        assertThat(text("#retention-report")).contains("488 KB reclaimed");
        assertThat(core.settings().get(Settings.LOG_RETENTION_DAYS)).isEqualTo(7);
        RunStore store = new RunStore(core.database());
        assertThat(store.count(RunQuery.all())).isEqualTo(8);
        for (Run run : old) {
            assertThat(Path.of(run.getLogPath())).doesNotExist();
            assertThat(store.find(run.getId()).orElseThrow().getLogPath()).isNull();
        }
        for (Run run : recent) {
            assertThat(Path.of(run.getLogPath())).exists();
        }
        waitForText("#retention-total", "Run logs take 293 KB on disk");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#retention-disk").startsWith("3 log files"));

        // an opened run whose log went explains why there is nothing to show
        robot.clickOn("#logs-tab-history");
        TableView<RunRow> table = robot.lookup("#runs-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 8 && !table.getItems().getLast().hasLog());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(7);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#log-message").contains("log was deleted"));
    }

    private void openLogsPane() {
        robot.clickOn("#" + NavigationItem.LOGS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + NavigationItem.LOGS.paneId()).tryQuery()).isPresent();
    }

    private interface LogWriter {
        void write(BufferedWriter writer) throws IOException;
    }

    private Run insertRun(Task task, Instant scheduled, RunStatus status, LogWriter log) throws IOException {
        Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, scheduled, status);
        run.setQueuedAt(scheduled);
        run.setStartedAt(scheduled.plusMillis(120));
        run.setEndedAt(scheduled.plusSeconds(3));
        run.setExitCode(status == RunStatus.SUCCESS ? 0 : 1);
        run.setError(status == RunStatus.FAILED ? "exit code 1" : null);
        run.setPeakCpu(42.0);
        run.setPeakRss(30L * 1024 * 1024);
        run.setSamples("0:10.0:1000000;1:42.0:31457280;2:20.0:20000000");
        StoreException.unchecked(() -> core.database().runs().create(run));
        if (log != null) {
            Path file = core.dataDirectory().runLogs().resolve(task.getId().toString()).resolve(run.getId() + ".log");
            Files.createDirectories(file.getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                log.write(writer);
            }
            run.setLogPath(file.toString());
            new RunStore(core.database()).update(run);
        }
        return run;
    }

    @SuppressWarnings("unchecked")
    private void doubleClickRun(long id) throws TimeoutException {
        java.util.function.Supplier<Optional<javafx.scene.control.TableRow<RunRow>>> row = () ->
                robot.lookup("#runs-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                        .map(found -> (javafx.scene.control.TableRow<RunRow>) found)
                        .filter(found -> found.isVisible() && found.getItem() != null && found.getItem().id() == id)
                        .findFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row.get().isPresent());
        robot.doubleClickOn(row.get().orElseThrow());
    }

    private int lineCount() {
        String shown = text("#log-line-count");
        return shown.isEmpty() ? 0 : Integer.parseInt(shown.substring(0, shown.indexOf(' ')).replace(",", ""));
    }

    private List<LogLineCell> visibleCells() {
        ListView<Integer> list = robot.lookup("#log-view").queryListView();
        Bounds view = list.localToScreen(list.getBoundsInLocal());
        return robot.from(list).lookup(".log-line").queryAllAs(LogLineCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() != null)
                .filter(cell -> {
                    Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
                    return bounds != null && bounds.getMinY() >= view.getMinY() - 1 && bounds.getMaxY() <= view.getMaxY() + 1;
                }).toList();
    }

    /** The cell found in view (a later refresh may re-create the cells, so it is not looked up a second time). */
    private LogLineCell waitForVisibleLine(int number, String expectedText) {
        AtomicReference<LogLineCell> found = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                visibleLine(number, expectedText).ifPresent(found::set);
                return found.get() != null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("line " + number + " not in view; the view shows "
                    + visibleCells().stream().map(cell -> cell.getItem() + ":" + cell.lineText()).toList(), e);
        }
        return found.get();
    }

    private Optional<LogLineCell> visibleLine(int number, String expectedText) {
        return visibleCells().stream().filter(cell -> cell.getItem() == number)
                .filter(cell -> expectedText == null || expectedText.equals(cell.lineText()))
                .findFirst();
    }

    private void scrollRetentionToTheEnd() {
        robot.interact(() -> robot.lookup("#retention-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForText(String query, String expected) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(query)));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " shows '" + text(query) + "', expected '" + expected + "'", e);
        }
    }

    private String text(String query) {
        String shown = robot.lookup(query).queryAs(Label.class).getText();
        return shown == null ? "" : shown;
    }
}
