package io.kumo.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.code.CodeProblem;
import io.kumo.code.lsp.Completion;
import io.kumo.testkit.PyrightVenv;
import io.kumo.testkit.TestCores;
import io.kumo.ui.KumoApp;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor with a real pyright in the project's environment: the status line, a diagnostic, a completion taken. */
class EditorLanguageTest {

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            robot.interact(() -> Window.getWindows().stream().filter(window -> window != app.mainView().getScene().getWindow())
                    .toList().forEach(Window::hide));
            FxToolkit.cleanupApplication(app);
        }
        if (core != null) {
            core.close();
        }
    }

    @Test
    void pyrightUnderlinesAnUndefinedNameAndCompletesAModuleAttribute() throws Exception {
        Path python = PyrightVenv.create(dir.resolve("py"));
        core = TestCores.open(dir.resolve("data"));
        core.python().environments().useInterpreter("calc", python, true); // named like the project: its environment
        Path folder = Files.createDirectories(dir.resolve("calc"));
        Files.writeString(folder.resolve("main.py"), "import os\nprint(undefined_thing)\n");
        core.projectService().link(folder, "calc");
        FxToolkit.registerPrimaryStage();
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }));
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell")
                .match(node -> node instanceof TreeCell<?> cell && "main.py".equals(cell.getText())).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup(".tree-cell").match(node -> node instanceof TreeCell<?> cell && "main.py".equals(cell.getText()))
                .queryAs(TreeCell.class));

        Label status = robot.lookup("#language-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(4, TimeUnit.MINUTES, () -> status.getText().startsWith("pyright 1.") || status.getText().contains("stop"));
        Assumptions.assumeTrue(status.getText().startsWith("pyright 1."), "pyright did not start here: " + status.getText());

        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        EditorTab tab = (EditorTab) tabs.getSelectionModel().getSelectedItem();
        WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, () -> !tab.model().problems().getOrDefault("lsp", List.of()).isEmpty());
        List<CodeProblem> problems = tab.model().problems().get("lsp");
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.message()).contains("undefined_thing");
            assertThat(problem.line()).isEqualTo(2);
        });

        CodeArea area = tab.area();
        robot.interact(() -> {
            area.moveTo(area.getLength());
            area.requestFocus();
        });
        robot.write("os.pa");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        LanguageAssist assist = ((EditorPane) tabs.getParent().getParent()).assist(tab);
        WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, () -> !assist.shownCompletions().isEmpty());
        assertThat(assist.shownCompletions()).extracting(Completion::label).contains("path")
                .allMatch(label -> label.toLowerCase().startsWith("pa"));
        String first = assist.shownCompletions().getFirst().insertText();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).endsWith("print(undefined_thing)\nos." + first);
    }
}
