package io.kumo.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.RecordingDialogs;
import io.kumo.ui.common.VirtualThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's multi-caret, column selection, go-to-file, snippets and README preview, clicked through a real pane. */
class EditorPowerTest {

    private static final String MAIN = "alpha = 1\nbeta = 2\ngamma = 3\n";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final List<String> opened = new CopyOnWriteArrayList<>();
    KumoCore core;
    Path folder;
    EditorPane pane;
    VirtualThreadBackground background;

    @BeforeEach
    void start() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        folder = dir.resolve("demo");
        Files.createDirectories(folder.resolve("pipeline"));
        Files.writeString(folder.resolve("main.py"), MAIN);
        Files.writeString(folder.resolve("pipeline/transform.py"), "def run():\n    pass\n");
        Files.writeString(folder.resolve("README.md"), "# [Demo docs](https://example.com/docs)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "See [the transform](pipeline/transform.py).\n");
        Project project = core.projectService().link(folder, "demo");
        background = new VirtualThreadBackground();
        EditorExtras extras = new EditorExtras(dir.resolve("data/snippets.json"), (url, cannot) -> opened.add(url),
                new javafx.beans.property.SimpleObjectProperty<>());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            RecordingDialogs dialogs = new RecordingDialogs();
            WatchedFolders watched = new WatchedFolders(background, folders -> { });
            extras.load(background);
            pane = new EditorPane(project, core.projectFiles(), background, dialogs, watched,
                    new EditorServices(null, core.languageServers(), extras));
            s.setScene(new Scene(pane, 1100, 720));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> extras.snippets().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        core.close();
    }

    private CodeArea openMain() throws Exception {
        robot.interact(() -> pane.open(new io.kumo.project.FileNode(folder.resolve("main.py"), "main.py", "main.py", false, 0)));
        waitUntil(() -> robot.lookup("#editor-area").tryQuery().isPresent()
                && MAIN.equals(robot.lookup("#editor-area").queryAs(CodeArea.class).getText()));
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        waitUntil(area::isEditable);
        return area;
    }

    @Test
    void ctrlAltDownAddsACaretTypingInsertsAtBothAndOneUndoRevertsBoth() throws Exception {
        CodeArea area = openMain();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT, KeyCode.CONTROL);
        robot.write("x");
        assertThat(area.getText()).isEqualTo("xalpha = 1\nxbeta = 2\ngamma = 3\n");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo(MAIN);
    }

    @Test
    void columnSelectionWithAltShiftArrowsReplacesOnEveryLine() throws Exception {
        CodeArea area = openMain();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.press(KeyCode.ALT, KeyCode.SHIFT);
        robot.type(KeyCode.DOWN, 2).type(KeyCode.RIGHT, 4);
        robot.release(KeyCode.SHIFT, KeyCode.ALT);
        robot.write("X");
        assertThat(area.getText()).isEqualTo("Xa = 1\nX = 2\nXa = 3\n");
    }

    @Test
    void ctrlPFindsAFileByTheLettersOfItsPathAndEnterOpensIt() throws Exception {
        openMain();
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#goto-file-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#goto-file-list").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.write("ptrans");
        waitUntil(() -> !list.getItems().isEmpty() && "pipeline/transform.py".equals(list.getItems().getFirst()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-area").queryAs(CodeArea.class).getText().startsWith("def run()"));
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("transform.py");
    }

    @Test
    void aSnippetPrefixAndTabExpandsAndTabMovesToTheNextPlaceholder() throws Exception {
        CodeArea area = openMain();
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("withopen");
        robot.type(KeyCode.TAB);
        assertThat(area.getText()).endsWith("with open(\"path\", \"r\", encoding=\"utf-8\") as f:\n    pass");
        assertThat(area.getSelectedText()).isEqualTo("path");
        robot.write("data.csv");
        robot.type(KeyCode.TAB);
        assertThat(area.getSelectedText()).isEqualTo("r");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(area.getSelectedText()).isEqualTo("pass");
        assertThat(area.getText()).contains("with open(\"data.csv\", \"r\"");
    }

    @Test
    void ctrlJListsSnippetsArrowsMoveTheChoiceAndEnterInsertsTheFilteredOne() throws Exception {
        CodeArea area = openMain();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#snippet-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#snippet-list").queryListView();
        assertThat(list.getItems()).hasSizeGreaterThan(2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.UP);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.write("context manager");
        waitUntil(() -> list.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> area.getText().contains("with open("));
        assertThat(area.getText()).startsWith(MAIN);
        assertThat(robot.lookup("#snippet-list").tryQuery()).isEmpty();
    }

    @Test
    void escClosesTheSnippetChooserWithoutInserting() throws Exception {
        CodeArea area = openMain();
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#snippet-list").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#snippet-list").tryQuery().isEmpty());
        assertThat(area.getText()).isEqualTo(MAIN);
    }

    @Test
    void theReadmeIsRenderedAndALinkClickGoesToTheOpener() throws Exception {
        WebView view = robot.lookup("#" + ReadmeTab.VIEW_ID).queryAs(WebView.class);
        waitUntil(() -> {
            String[] text = new String[1];
            robot.interact(() -> {
                var document = view.getEngine().getDocument();
                text[0] = document == null || document.getDocumentElement() == null ? "" : document.getDocumentElement().getTextContent();
            });
            return text[0].contains("Demo docs") && text[0].contains("the transform");
        });
        robot.interact(() -> assertThat(view.getEngine().getDocument().getElementsByTagName("table").getLength()).isEqualTo(1));
        Bounds bounds = view.localToScreen(view.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(bounds.getMinX() + 60, bounds.getMinY() + 40));
        waitUntil(() -> opened.contains("https://example.com/docs"));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
