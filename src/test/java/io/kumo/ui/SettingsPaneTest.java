package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.backup.BackupFile;
import io.kumo.datacheck.Finding;
import io.kumo.domain.Project;
import io.kumo.secrets.VariableService.VariableView;
import io.kumo.secrets.VariableService;
import io.kumo.settings.Settings;
import io.kumo.store.Migrations;
import io.kumo.testkit.NewerSchemaBackup;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through the real Settings pane. Each section has its own Apply button: {@code settings-apply-scheduling},
 * {@code settings-apply-logs}, {@code settings-apply-projects}, {@code settings-apply-network},
 * {@code settings-apply-backups}; the section list on the left ({@code settings-nav-<section>}) scrolls to a section.
 */
class SettingsPaneTest {

    /** A schema version one past this build's newest migration. */
    private static final int NEXT_SCHEMA = Integer.parseInt(Migrations.newestVersion()) + 1;

    private static final String SECRET = "s3cr3t-Token-42";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FormRobot form = new FormRobot(robot);
    KumoCore core;
    KumoApp app;

    @BeforeEach
    void start() throws TimeoutException {
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.SETTINGS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
    }

    @Test
    void concurrencyLimitIsValidatedInlineAndSavedOnApply() throws TimeoutException {
        section("scheduling");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "4".equals(form.text("#settings-concurrency")));

        form.replaceText("#settings-concurrency", "501");
        assertThat(form.label("#settings-concurrency-error").getText()).isEqualTo("Enter a whole number from 1 to 500");
        assertThat(form.label("#settings-concurrency-error").isVisible()).isTrue();
        robot.clickOn("#settings-apply-scheduling");
        assertThat(form.label("#settings-status-scheduling").getText()).startsWith("Not saved");
        assertThat(core.settings().get(Settings.MAX_CONCURRENT_RUNS)).isEqualTo(4);

        form.replaceText("#settings-concurrency", "8");
        assertThat(form.label("#settings-concurrency-error").isVisible()).isFalse();
        robot.clickOn("#settings-apply-scheduling");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.MAX_CONCURRENT_RUNS) == 8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Saved".equals(form.label("#settings-status-scheduling").getText()));
    }

    @Test
    void proxiesAreSavedOnApplyAndABadUrlIsRefused() throws TimeoutException {
        section("network");
        form.replaceText("#settings-proxy-https", "proxy.example.com");
        assertThat(form.label("#settings-proxy-https-error").getText()).contains("http://proxy.example.com:8080");

        form.replaceText("#settings-proxy-https", "http://proxy.example.com:3128");
        form.replaceText("#settings-no-proxy", "localhost, .internal.example.com");
        robot.clickOn("#settings-apply-network");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "http://proxy.example.com:3128".equals(core.settings().get(Settings.HTTPS_PROXY)));
        assertThat(core.settings().get(Settings.NO_PROXY)).isEqualTo("localhost,.internal.example.com");
        assertThat(core.settings().get(Settings.HTTP_PROXY)).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Saved".equals(form.label("#settings-status-network").getText()));
        assertThat(form.text("#settings-no-proxy")).isEqualTo("localhost,.internal.example.com");
    }

    @Test
    void startMinimizedIsSavedWhenTicked() throws TimeoutException {
        robot.clickOn("#settings-start-minimized");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> core.settings().get(Settings.START_MINIMIZED));
    }

    @Test
    void trayAndNotificationSwitchesAreSavedWhenFlipped() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settings-notify-failure")
                .queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#settings-notify-failure");
        robot.clickOn("#settings-close-to-tray");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !core.settings().get(Settings.NOTIFY_ON_FAILURE)
                && !core.settings().get(Settings.CLOSE_TO_TRAY));
        assertThat(core.settings().get(Settings.NOTIFY_ON_RECOVERY)).isTrue();
    }

    @Test
    void secretVariableStaysMaskedUntilRevealed() throws TimeoutException {
        section("variables");
        robot.clickOn("#var-add");
        robot.clickOn("#var-name").write("API_TOKEN");
        robot.clickOn("#var-secret");
        robot.clickOn("#var-value").write(SECRET);
        robot.clickOn("#var-description").write("for the reports API");
        robot.clickOn("#var-save");

        TableView<VariableView> table = robot.lookup("#var-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().shownValue()).isEqualTo(VariableService.MASK);
        assertThat(core.variableService().reveal("API_TOKEN")).isEqualTo(SECRET);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTexts()).anyMatch(text -> text.equals(VariableService.MASK)).noneMatch(text -> text.contains(SECRET));

        robot.clickOn(robot.lookup("#var-table .table-row-cell").nth(0).queryAs(Node.class));
        assertThat(visibleTexts()).noneMatch(text -> text.contains(SECRET));
        robot.clickOn("#var-reveal");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleTexts().stream().anyMatch(text -> text.equals(SECRET)));

        robot.clickOn("#var-hide");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleTexts().stream().noneMatch(text -> text.contains(SECRET)));
    }

    @Test
    void anEmptySecretIsExplainedInTheDialogAndCannotBeSaved() {
        section("variables");
        robot.clickOn("#var-add");
        robot.clickOn("#var-name").write("API_TOKEN");
        robot.clickOn("#var-secret");
        assertThat(form.label("#var-value-error").getText()).isEqualTo("A secret needs a value");
        assertThat(robot.lookup("#var-save").queryAs(Node.class).isDisabled()).isTrue();

        robot.clickOn("#var-value").write("x");
        assertThat(form.label("#var-value-error").getText()).isEmpty();
        assertThat(robot.lookup("#var-save").queryAs(Node.class).isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void backUpNowListsTheNewBackup() throws TimeoutException {
        section("backups");
        robot.clickOn("#backup-now");
        TableView<BackupFile> table = robot.lookup("#backup-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        BackupFile backup = table.getItems().getFirst();
        assertThat(backup.path()).exists().hasParent(dir.resolve("backups"));
        assertThat(backup.automatic()).isFalse();
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(backup);
        assertThat(form.label("#backup-status").getText()).isEqualTo("Backed up to " + backup.name());
        assertThat(robot.lookup("#backup-export").queryButton().isDisabled()).isFalse();
    }

    @Test
    void restoringABackupMadeByANewerKumoIsRefusedInline() throws Exception {
        NewerSchemaBackup.of(core.backups().create().path(), NEXT_SCHEMA, dir.resolve("backups").resolve("from-kumo-2.zip"));
        section("backups");
        robot.clickOn("#backup-now"); // lists the folder again
        TableView<BackupFile> table = robot.lookup("#backup-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        int newer = table.getItems().stream().map(BackupFile::name).toList().indexOf("from-kumo-2.zip");
        robot.clickOn(robot.lookup("#backup-table .table-row-cell").nth(newer).queryAs(Node.class));
        robot.clickOn("#backup-restore");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(confirm.getButtonTypes().stream().filter(type -> type != ButtonType.CANCEL)
                .map(confirm::lookupButton).findFirst().orElseThrow());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> form.label("#backup-status").getText().startsWith("Not restored"));
        assertThat(form.label("#backup-status").getText()).isEqualTo("Not restored: from-kumo-2.zip was made by a newer Kumo "
                + "(schema version " + NEXT_SCHEMA + "; this Kumo knows up to " + Migrations.newestVersion()
                + "): restore it with that Kumo or a later one; nothing was changed");
        assertThat(dir.resolve("restore.pending")).doesNotExist();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty(); // said inline, no error dialog
    }

    @Test
    void dataCheckFindsAProjectWithoutFolderAndCleansIt() throws TimeoutException {
        core.projects().create(new Project("vanished", dir.resolve("no-such-folder").toString()));
        section("data-check");
        robot.clickOn("#datacheck-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#datacheck-projects-without-folder-clean").tryQuery().isPresent());
        assertThat(form.label("#datacheck-projects-without-folder-title").getText()).isEqualTo("Projects whose folder vanished: 1");
        assertThat(robot.lookup("#datacheck-projects-without-folder-items").<String>queryListView().getItems())
                .containsExactly("vanished");

        robot.clickOn("#datacheck-projects-without-folder-clean");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(confirm.getButtonTypes().stream().filter(type -> type != ButtonType.CANCEL)
                .map(confirm::lookupButton).findFirst().orElseThrow());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> core.projects().list().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#datacheck-projects-without-folder-clean").tryQuery().isEmpty());
        assertThat(form.label("#datacheck-projects-without-folder-title").getText()).isEqualTo("Projects whose folder vanished: none");
        assertThat(form.label("#datacheck-status").getText()).startsWith("Cleaned 1 of 1");
        assertThat(core.dataCheck().run()).allMatch(Finding::isEmpty);
    }

    private void section(String key) {
        robot.clickOn("#settings-nav-" + key);
        WaitForAsyncUtils.waitForFxEvents();
    }


    /** The text of every label, text field and table cell in every open window. */
    private List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing)
                .forEach(window -> collect(window.getScene().getRoot(), texts)));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
