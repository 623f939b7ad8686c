package io.kumo.ui;

import io.kumo.domain.Project;
import io.kumo.settings.Settings;
import io.kumo.ui.audit.AuditText;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.audit.AuditViewModel;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.VirtualThreadBackground;
import io.kumo.ui.shell.NavigationItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real Audit pane over tasks created and changed through the core. */
class AuditPaneTest {

    private static final String OLD_COMMAND = "python3 report.py";
    private static final String NEW_COMMAND = "python3 -c \"print('a, b')\"";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        Task alpha = core.tasks().create(new Task("alpha", OLD_COMMAND));
        core.tasks().create(new Task("beta", "python3 beta.py"));
        alpha.setCommand(NEW_COMMAND);
        core.tasks().update(alpha);
        app = RunningApp.launchOn(robot, core, NavigationItem.AUDIT);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void filtersByActionAndKeyword() throws TimeoutException {
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE", "CREATE");

        ComboBox<String> action = robot.lookup("#audit-filter-action").queryComboBox();
        assertThat(action.getItems()).contains("CREATE", "UPDATE", "SETTINGS_CHANGE", "BACKUP", "DATA_CHECK");
        robot.interact(() -> action.setValue("CREATE"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(AuditEntry::targetName).containsExactly("beta", "alpha");

        robot.clickOn("#audit-search").write("beta");
        // the table and the status change in one FX step: wait for both, the test thread may look in between
        Label status = robot.lookup("#audit-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && "1 entry matching the filters".equals(status.getText()));
        assertThat(table.getItems().getFirst().targetName()).isEqualTo("beta");

        // a day range that ends before today matches nothing
        DatePicker to = robot.lookup("#audit-filter-to").queryAs(DatePicker.class);
        robot.interact(() -> to.setValue(LocalDate.now().minusDays(2)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());

        robot.clickOn("#audit-filter-clear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
    }

    @Test
    void theEmptyStateTalksAboutFiltersOnlyWhenFiltersAreSet() throws TimeoutException {
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Parent placeholder = (Parent) table.getPlaceholder();
        Node unfiltered = placeholder.lookup("#audit-empty");
        Node filtered = placeholder.lookup("#audit-empty-filtered");
        assertThat(unfiltered.isVisible()).isTrue();
        assertThat(filtered.isVisible()).isFalse();
        assertThat(labels(unfiltered)).noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("filter"))
                .anyMatch(text -> text.contains("failed installs too") && text.contains("Scheduled runs are in Logs"));

        robot.clickOn("#audit-search").write("no such entry anywhere");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filtered.isVisible()).isTrue();
        assertThat(unfiltered.isVisible()).isFalse();
        assertThat(labels(filtered)).contains("No entries match these filters");

        robot.clickOn("#audit-filter-clear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(unfiltered.isVisible()).isTrue();
    }

    private static List<String> labels(Node root) {
        return ((Parent) root).lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void detailsListEveryChangedFieldBeforeAndAfter() throws TimeoutException {
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(texts("#audit-details")).anyMatch(text -> text.startsWith("Select an entry"));

        robot.clickOn(robot.lookup("#audit-table .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audit-details-heading").queryAs(Label.class).getText()).isEqualTo("Update · Task alpha (id 1)");
        List<String> details = texts("#audit-details-changes");
        assertThat(details).containsSubsequence("Field", "Before", "After", "Command", OLD_COMMAND, NEW_COMMAND);
        // the table's summary reads "Field: before → after"
        assertThat(robot.lookup("#audit-table .table-row-cell").nth(0).queryAs(Parent.class).lookupAll(".table-cell").stream()
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()).toList())
                .contains("Command: " + OLD_COMMAND + " → " + NEW_COMMAND);

        robot.clickOn(robot.lookup("#audit-table .table-row-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts("#audit-details-changes")).contains("Name", "none", "alpha", "Command", OLD_COMMAND);
    }

    @Test
    void entriesReadAsWordsWithNamesForIdsAndTheLocalizedTime() throws TimeoutException {
        Project quotes = core.projects().create(new Project("quotes", dir.resolve("quotes").toString()));
        Task beta = core.tasks().list().stream().filter(task -> task.getName().equals("beta")).findFirst().orElseThrow();
        beta.setProjectId(quotes.getId());
        core.tasks().update(beta);
        core.settings().set(Settings.SCHEDULER_PAUSED, true);
        core.settings().set(Settings.TRAY_HINT_SHOWN, true);
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        robot.clickOn("#audit-filter-clear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 6);

        // the hint shown once is the app's memory, not a user's change: not in the log
        assertThat(table.getItems()).extracting(AuditEntry::targetId).doesNotContain(Settings.TRAY_HINT_SHOWN.key());
        AuditEntry pause = table.getItems().getFirst();
        assertThat(cellTexts(table, 0)).containsSubsequence(AuditText.time(pause), "Scheduler paused", "Setting",
                "Scheduling paused: none → Yes");
        // en_US in tests (see pom.xml): "Dec 6, 2026, 4:42:45 PM"
        assertThat(AuditText.time(pause)).isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.US).withZone(ZoneId.systemDefault()).format(pause.occurredAt()));
        assertThat(cellTexts(table, 1)).contains("Project: none → quotes");
    }

    /** What each column shows for the row. */
    private static List<String> cellTexts(TableView<AuditEntry> table, int row) {
        return table.getColumns().stream().map(column -> String.valueOf(column.getCellData(row))).toList();
    }

    @Test
    void exportsTheFilteredEntriesAsQuotedCsv() throws Exception {
        Path csv = dir.resolve("audit.csv");
        try (BackgroundExecutor background = new VirtualThreadBackground()) {
            AuditViewModel model = WaitForAsyncUtils.asyncFx(() -> new AuditViewModel(core.audit(), Panes.auditNames(core), background,
                    new DialogService(null), ZoneId.systemDefault())).get(5, TimeUnit.SECONDS);
            // the filter's own reload reports its count: let it finish first, so it cannot overwrite the export's status
            robot.interact(() -> model.actionProperty().set("UPDATE"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("1 entry"));
            robot.interact(() -> model.export(csv));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("Exported"));
            assertThat(model.statusProperty().get()).isEqualTo("Exported 1 entry to " + csv);
        }
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        String[] lines = content.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("time,actor,action,target_type,target_id,target_name,changes,note");
        assertThat(lines[1]).endsWith(",tester@testhost,UPDATE,TASK,1,alpha,"
                + "\"command: python3 report.py → python3 -c \"\"print('a, b')\"\"\",");
        assertThat(lines[2]).isEmpty();
    }

    private List<String> texts(String query) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.lookup(query).queryAs(Parent.class).lookupAll(".label").forEach(node ->
                texts.add(((Label) node).getText())));
        return texts;
    }
}
