package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.code.CodeProblem;
import io.kumo.code.check.CheckToolsVenv;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import io.kumo.project.FileNode;
import io.kumo.testkit.TestCores;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's checks with real ruff in the project's environment: underlines, the Problems list, Format. */
class EditorChecksPaneTest {

    private static final String BROKEN = "import os\nx = {  'a':1 }\nprint(x\n";
    private static final String FIXED = "import os\nx = {  'a':1 }\nprint(x)\n";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    KumoCore core;
    KumoApp app;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            RunningApp.close(robot, app, core);
        }
    }

    @Test
    void problemsAreUnderlinedListedAndJumpedToAndFormatRewritesTheText() throws Exception {
        Path python = CheckToolsVenv.create(dir.resolve("venv"), dir.resolve("wheels"), List.of("ruff"));
        core = TestCores.open(dir.resolve("data"));
        Path folder = Files.createDirectories(dir.resolve("checked"));
        Files.writeString(folder.resolve("job.py"), BROKEN);
        core.projectService().link(folder, "checked");
        core.environments().create(new PythonEnvironment("checked", EnvironmentKind.SYSTEM, python.toString(), EnvironmentState.READY));
        app = RunningApp.launch(core);

        CodeArea area = openInEditor("job.py");
        ListView<CodeProblem> problems = robot.lookup("#editor-problems").queryAs(ListView.class);
        waitUntil(() -> problems.getItems().size() == 1); // ruff's own "invalid syntax" gives way to Python's message
        assertThat(problems.getItems()).extracting(CodeProblem::line, CodeProblem::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "python"));
        Label count = robot.lookup("#editor-problem-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 error");
        waitUntil(() -> marked(area, BROKEN.indexOf("print"), BROKEN.length(), "problem-error"));
        assertThat(marked(area, 0, BROKEN.indexOf("print"), "problem-error")).isFalse();

        robot.clickOn(robot.lookup(".list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() instanceof CodeProblem problem && problem.line() == 3).<Node>query());
        waitUntil(() -> area.getCurrentParagraph() == 2);

        robot.interact(() -> area.replaceText(FIXED));
        robot.clickOn("#editor-save");
        waitUntil(() -> Files.readString(folder.resolve("job.py")).equals(FIXED));
        waitUntil(() -> problems.getItems().stream().anyMatch(p -> "F401".equals(p.code())));
        assertThat(count.getText()).doesNotContain("error").contains("warning");
        waitUntil(() -> marked(area, FIXED.indexOf("os"), FIXED.indexOf("os") + 2, "problem-warning"));
        assertThat(marked(area, 0, FIXED.length(), "problem-error")).isFalse();

        robot.clickOn("#editor-format");
        waitUntil(() -> area.getText().equals("import os\n\nx = {\"a\": 1}\nprint(x)\n"));
        robot.interact(() -> area.getUndoManager().undo());
        assertThat(area.getText()).isEqualTo(FIXED); // the format was one undoable edit
    }

    private CodeArea openInEditor(String file) throws TimeoutException {
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        waitUntil(() -> robot.lookup("#project-tree").tryQuery().isPresent());
        TreeView<FileNode> tree = robot.lookup("#project-tree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && names(tree.getRoot()).contains(file));
        robot.doubleClickOn(robot.lookup(".tree-cell").match(node -> node instanceof TreeCell<?> cell
                && file.equals(cell.getText())).<Node>query());
        waitUntil(() -> robot.lookup("#editor-area").tryQuery().isPresent()
                && !robot.lookup("#editor-area").queryAs(CodeArea.class).getText().isEmpty());
        return robot.lookup("#editor-area").queryAs(CodeArea.class);
    }

    /** Whether some character in [from, to) has the style class. */
    private static boolean marked(CodeArea area, int from, int to, String styleClass) {
        for (int i = from; i < to; i++) {
            if (area.getStyleOfChar(i).contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(TreeItem<FileNode> folder) {
        return folder.getChildren().stream().map(item -> item.getValue().name()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
