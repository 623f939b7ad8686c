package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import io.kumo.ui.insights.archives.ArchiveRow;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Insights → Archives on a real store: empty state, archive now, restore, delete after confirming, inline errors. */
class ArchivesPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    TableView<ArchiveRow> table;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        Task task = core.tasks().create(new Task("nightly", "python3 job.py"));
        for (String at : new String[] {"2025-11-02T03:15:00Z", "2025-11-05T03:15:00Z"}) {
            Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, Instant.parse(at), RunStatus.SUCCESS);
            run.setEndedAt(Instant.parse(at).plusSeconds(3));
            StoreException.unchecked(() -> core.database().runs().create(run));
        }
        app = RunningApp.launchOn(robot, core, NavigationItem.INSIGHTS);
        robot.interact(() -> robot.lookup("#insights-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        table = robot.lookup("#archives-table").queryTableView();
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    private String message() {
        return robot.lookup("#archives-message").queryAs(Label.class).getText();
    }

    private void archiveBefore(LocalDate date) {
        robot.interact(() -> robot.lookup("#archives-before").queryAs(DatePicker.class).setValue(date));
        robot.clickOn("#archives-archive-now");
    }

    @Test
    void anEmptyArchiveExplainsTheSetting() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#archives-empty").queryAs(Label.class).getText())
                .contains("Archive old runs instead of deleting them");
        assertThat(robot.lookup("#archives-restore").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void archiveNowThenRestoreTheMonth() throws TimeoutException {
        archiveBefore(LocalDate.of(2025, 12, 1));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ArchiveRow row = table.getItems().getFirst();
        assertThat(row.month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(row.runs()).isEqualTo(2);
        assertThat(row.tasks()).isEqualTo("nightly");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message().startsWith("Archived 2 runs"));
        assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isZero();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#archives-restore");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message().startsWith("Restored 2 runs"));
        assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isEqualTo(2);
    }

    @Test
    void deleteAsksFirstThenRemovesTheMonth() throws TimeoutException {
        archiveBefore(LocalDate.of(2025, 12, 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#archives-delete");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match((Button button) -> "Delete".equals(button.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button button) -> "Delete".equals(button.getText()))
                .queryButton());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(message()).isEqualTo("Deleted the archive of 2025-11");
        assertThat(core.archives().list()).isEmpty();
    }

    @Test
    void aFutureDateIsRefusedInline() {
        archiveBefore(LocalDate.now().plusDays(3));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message()).endsWith("is in the future: pick today or an earlier day.");
        assertThat(table.getItems()).isEmpty();
    }
}
