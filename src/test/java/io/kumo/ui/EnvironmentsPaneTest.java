package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.EnvironmentState;
import io.kumo.python.InstalledPackage;
import io.kumo.python.InterpreterInfo;
import io.kumo.testkit.LocalPackageIndex;
import io.kumo.testkit.TestCores;
import io.kumo.ui.environments.EnvironmentItem;
import io.kumo.ui.environments.MirrorItem;
import io.kumo.ui.shell.NavigationItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the real Environments pane: mirrors, a venv made from python3, a package from a local index. */
class EnvironmentsPaneTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;
    LocalPackageIndex index;

    @BeforeEach
    void start() throws TimeoutException {
        index = LocalPackageIndex.start().add("kumo-demo", "1.0");
        core = TestCores.open(dir);
        app = RunningApp.launchOn(robot, core, NavigationItem.ENVIRONMENTS);
    }

    @AfterEach
    void stop() throws TimeoutException {
        RunningApp.close(robot, app, core);
        index.close();
    }

    @Test
    void installsAPackageFromALocalMirrorIntoANewVenv() throws Exception {
        addMirror(index.simpleUrl());
        robot.clickOn("#mirror-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text("#mirror-test-result").contains("serves a package index"));

        robot.clickOn("#env-tab-environments");
        createVenv("demo");
        ListView<EnvironmentItem> environments = robot.lookup("#env-list").queryListView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            EnvironmentItem selected = environments.getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals("demo") && selected.state() == EnvironmentState.READY;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#env-detail-state")).isEqualTo("Ready");
        TableView<InstalledPackage> packages = robot.lookup("#env-packages-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hasPackage(packages, "pip"));

        robot.clickOn("#env-install-field").write("kumo-demo");
        robot.clickOn("#env-install-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> hasPackage(packages, "kumo-demo"));

        ListView<String> console = robot.lookup("#env-console").queryListView();
        assertThat(console.getItems()).anyMatch(line -> line.contains("Successfully installed kumo-demo-1.0"));
        assertThat(text("#env-status")).contains("Installed kumo-demo");
        assertThat(index.requests()).isGreaterThan(1);

        robot.clickOn("#env-package-filter").write("kumo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(packages.getItems()).extracting(InstalledPackage::name).containsExactly("kumo-demo");
    }

    @Test
    void refusesAnEnvironmentNameThatIsNotAFolderName() throws Exception {
        createVenv("../evil");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("environment name").contains("../evil");
        assertThat(text("#env-status")).contains("environment name");
        robot.clickOn(error.lookupButton(ButtonType.OK));
        assertThat(robot.lookup("#env-list").queryListView().getItems()).isEmpty();

        // the dialog reopens with what was typed, to correct it
        robot.clickOn("#env-new");
        TextField name = robot.lookup("#env-name-field").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("../evil");
        DialogPane dialog = robot.from(name.getScene().getRoot()).lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.CANCEL));
    }

    @Test
    void cancellingACreationLeavesNoEnvironmentBehind() throws Exception {
        createVenv("cancelled");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#env-cancel").queryButton().isDisabled());
        robot.clickOn("#env-cancel");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#env-status").startsWith("Cancelled"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#env-list").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#env-console").<String>queryListView().getItems()).contains("--- cancelled ---");
        assertThat(core.python().environments().list()).isEmpty();
        assertThat(dir.resolve("environments").resolve("cancelled")).doesNotExist();
    }

    private void addMirror(String url) throws TimeoutException {
        robot.clickOn("#env-tab-mirrors");
        robot.clickOn("#mirror-url-field").write(url);
        robot.clickOn("#mirror-add");
        TableView<MirrorItem> mirrors = robot.lookup("#mirror-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> mirrors.getItems().size() == 1);
        assertThat(mirrors.getItems().getFirst()).isEqualTo(new MirrorItem(url, 1, true, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#mirror-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(mirrors.getSelectionModel().getSelectedItem().url()).isEqualTo(url);
    }

    /** Opens the dialog, names the environment and picks the real python3 (PATH holds a pyenv shim). */
    private void createVenv(String name) throws Exception {
        Path python = realPython3();
        robot.clickOn("#env-new");
        robot.clickOn("#env-name-field").write(name);
        ComboBox<InterpreterInfo> interpreters = robot.lookup("#env-interpreter-combo").queryComboBox();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> interpreters.getItems().stream()
                .anyMatch(info -> sameFile(info.path(), python)));
        robot.interact(() -> interpreters.getItems().stream().filter(info -> sameFile(info.path(), python))
                .findFirst().ifPresent(interpreters::setValue));
        robot.clickOn("#env-create-ok");
    }

    private static Path realPython3() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String executable = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();
        return Path.of(executable);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasPackage(TableView<InstalledPackage> table, String name) {
        return table.getItems().stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
