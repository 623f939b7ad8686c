package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFixture;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.insights.InsightsView;
import io.kumo.ui.insights.reports.ReportsTab;
import io.kumo.ui.insights.reports.ReportsViewModel;
import io.kumo.ui.shell.NavigationItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Insights → Reports: Preview shows the summary and the task lines; Export… writes the file; bad input shows inline. */
class ReportsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir.resolve("data"));
        new ReportFixture(core, dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.INSIGHTS);
        robot.interact(() -> ((InsightsView) app.mainView().open(NavigationItem.INSIGHTS)).select("Reports"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void previewShowsTheSummaryAndEveryTaskOfThePeriod() throws TimeoutException {
        period("2026-03-10", "2026-03-12");
        robot.interact(() -> robot.lookup("#report-preview").queryAs(Button.class).fire());

        TableView<Report.TaskLine> table = robot.lookup("#report-tasks").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(Report.TaskLine::taskName).containsExactly("a", "b", "c");
        assertThat(robot.lookup("#report-summary").queryAs(Label.class).getText())
                .contains("Kumo report 2026-03-10 – 2026-03-12").contains("8 runs").contains("3 succeeded");
        assertThat(robot.lookup("#report-schedules-slot").queryAs(VBox.class)).isNotNull();
    }

    @Test
    void aReversedPeriodIsRefusedInline() throws TimeoutException {
        period("2026-03-12", "2026-03-10");
        robot.interact(() -> robot.lookup("#report-preview").queryAs(Button.class).fire());

        Label problem = robot.lookup("#report-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, problem::isVisible);
        assertThat(problem.getText()).contains("is after its last day");
    }

    @Test
    void exportWritesTheChosenFileWithoutTheNativeDialog() throws Exception {
        Path target = dir.resolve("march.csv");
        try (VirtualThreadBackground background = new VirtualThreadBackground()) {
            ReportsViewModel model = new ReportsViewModel(core.reports(), core.projects()::list, background, core.clock(),
                    ZoneOffset.UTC);
            ReportsTab tab = new ReportsTab(model, (owner, name, extension) -> {
                assertThat(name).isEqualTo("kumo-report-2026-03-10-2026-03-12.csv");
                return Optional.of(target);
            });
            robot.interact(() -> {
                model.from().set(LocalDate.parse("2026-03-10"));
                model.to().set(LocalDate.parse("2026-03-12"));
                ((Button) tab.tab().getContent().lookup("#report-export")).fire();
            });
            Label notice = (Label) tab.tab().getContent().lookup("#report-notice");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
            assertThat(notice.getText()).isEqualTo("Report of 8 runs written to " + target);
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("\uFEFFsummary,").contains("\r\ntasks,");
        }
    }

    private void period(String from, String to) {
        robot.interact(() -> {
            robot.lookup("#report-from").queryAs(DatePicker.class).setValue(LocalDate.parse(from));
            robot.lookup("#report-to").queryAs(DatePicker.class).setValue(LocalDate.parse(to));
        });
    }
}
