package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.outputs.OutputFile;
import io.kumo.outputs.RunOutputs;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.runs.RunRow;
import io.kumo.ui.shell.NavigationItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A run's Outputs in its details: a gone file says so; a CSV opens in the data preview, typed and counted, far rows on scroll. */
class RunOutputsPreviewTest {

    private static final int ROWS = 300_000;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir.resolve("data"));
        app = RunningApp.launch(core);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void aRunsCsvOutputOpensInThePreviewAndScrollsToAFarRow() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        try (BufferedWriter writer = Files.newBufferedWriter(output.resolve("prices.csv"))) {
            writer.write("n,label,price\n");
            for (int i = 0; i < ROWS; i++) {
                writer.write(i + ",row " + i + "," + (i % 100) + ".25\n");
            }
        }
        Run run = insertRun(output, List.of(new OutputFile("prices.csv", Files.size(output.resolve("prices.csv")), Instant.now()),
                new OutputFile("gone.json", 12, Instant.now())));

        robot.clickOn("#" + NavigationItem.LOGS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickRun(run.getId());
        TableView<?> outputs = robot.lookup("#run-outputs-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outputs.getItems().size() == 2);
        assertThat(outputs.getColumns().get(1).getCellData(1)).isEqualTo("no longer exists");
        robot.interact(() -> outputs.getSelectionModel().select(1));
        assertThat(robot.lookup("#run-output-preview").queryButton().isDisabled()).isTrue();
        robot.interact(() -> outputs.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#run-output-preview").queryButton().fire()); // the side panel may need scrolling

        waitForLabel("#preview-row-count", "300,000 rows");
        TableView<?> preview = robot.lookup("#preview-table").queryTableView();
        assertThat(preview.getColumns().stream().map(TableColumn::getText).toList())
                .containsExactly("#", "n\ninteger", "label\ntext", "price\ndecimal");
        robot.interact(() -> preview.scrollTo(250_000));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleCell(preview, "row 250000").isPresent());
        @SuppressWarnings("unchecked")
        TableRow<Long> row = (TableRow<Long>) visibleCell(preview, "row 250000").orElseThrow().getTableRow();
        assertThat(row.getItem()).isEqualTo(250_000L);
        assertThat(preview.getItems()).hasSize(ROWS);
    }

    private Run insertRun(Path output, List<OutputFile> files) {
        Task task = core.tasks().create(new Task("scraper", "python3 -c pass"));
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Run run = new Run(task.getId(), task.getName(), TriggerKind.MANUAL, at, RunStatus.SUCCESS);
        run.setQueuedAt(at);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(3));
        run.setExitCode(0);
        run.setOutputFiles(new RunOutputs(Optional.of(output), files, List.of()).encode());
        StoreException.unchecked(() -> core.database().runs().create(run));
        return run;
    }

    private static Optional<TableCell<?, ?>> visibleCell(TableView<?> table, String text) {
        return table.lookupAll(".table-cell").stream().<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.isVisible() && text.equals(cell.getText())).findFirst();
    }

    @SuppressWarnings("unchecked")
    private void doubleClickRun(long id) throws TimeoutException {
        java.util.function.Supplier<Optional<TableRow<RunRow>>> row = () ->
                robot.lookup("#runs-table .table-row-cell").queryAllAs(TableRow.class).stream()
                        .map(found -> (TableRow<RunRow>) found)
                        .filter(found -> found.isVisible() && found.getItem() != null && found.getItem().id() == id)
                        .findFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row.get().isPresent());
        robot.doubleClickOn(row.get().orElseThrow());
    }

    private void waitForLabel(String query, String expected) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Label.class)
                    .map(label -> expected.equals(label.getText())).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never showed '" + expected + "'", e);
        }
    }
}
