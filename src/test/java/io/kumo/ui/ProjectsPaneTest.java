package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.project.FileNode;
import io.kumo.testkit.TestCores;
import io.kumo.ui.projects.ZipDrop;
import io.kumo.ui.shell.NavigationItem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the real Projects pane: a linked Scrapy project edited, saved and restored; a malicious ZIP refused. */
class ProjectsPaneTest {

    private static final String MAIN = "print('hello')\n";

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
    void editsAFileOfALinkedScrapyProjectSavesItAndRestoresItFromTheHistory() throws Exception {
        Path folder = scrapyProject(dir.resolve("quotes-src"));
        core.projectService().link(folder, "quotes");
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());

        ListView<?> projects = robot.lookup("#projects-list").queryListView();
        waitUntil(() -> projects.getItems().size() == 1 && projects.getSelectionModel().getSelectedItem() != null);
        TextArea suggestions = robot.lookup("#project-suggestions").queryAs(TextArea.class);
        waitUntil(() -> suggestions.getText().contains("scrapy crawl quotes"));
        assertThat(suggestions.getText()).contains("python main.py");

        TreeView<FileNode> tree = robot.lookup("#project-tree").queryAs(TreeView.class);
        waitUntil(() -> names(tree.getRoot()).containsAll(List.of("quotes", "main.py", "requirements.txt", "scrapy.cfg")));
        assertThat(names(tree.getRoot())).first().isEqualTo("quotes"); // folders first
        robot.doubleClickOn(cell("quotes"));
        TreeItem<FileNode> quotes = tree.getRoot().getChildren().getFirst();
        waitUntil(() -> names(quotes).contains("spiders"));

        robot.doubleClickOn(cell("main.py"));
        waitUntil(() -> robot.lookup("#editor-area").tryQuery().isPresent()
                && MAIN.equals(robot.lookup("#editor-area").queryAs(CodeArea.class).getText()));
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        Tab tab = robot.lookup("#editor-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertThat(tab.getText()).isEqualTo("main.py");

        robot.interact(() -> area.appendText("print('changed')\n"));
        assertThat(tab.getText()).isEqualTo("main.py \u2022");
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Path main = folder.resolve("main.py");
        waitUntil(() -> Files.readString(main).equals(MAIN + "print('changed')\n"));
        waitUntil(() -> tab.getText().equals("main.py"));

        robot.clickOn("#editor-history");
        ListView<?> versions = robot.lookup("#history-list").queryListView();
        waitUntil(() -> versions.getItems().size() == 1);
        ListView<?> diff = robot.lookup("#history-diff").queryListView();
        waitUntil(() -> diff.getItems().stream().anyMatch(line -> line.toString().contains("changed")));

        robot.clickOn("#history-restore");
        waitUntil(() -> robot.lookup(".dialog-pane").match(pane -> pane instanceof DialogPane dialog
                && dialog.getHeaderText() != null && dialog.getHeaderText().startsWith("Restore main.py")).tryQuery().isPresent());
        robot.clickOn("Restore");
        waitUntil(() -> Files.readString(main).equals(MAIN));
        waitUntil(() -> area.getText().equals(MAIN));
        assertThat(tab.getText()).isEqualTo("main.py");
        waitUntil(() -> versions.getItems().size() == 2); // the restore kept the edited file as a version too
    }

    @Test
    void aFileChangedByAnotherProgramWhileEditedAsksAndKeepMineSavesOverIt() throws Exception {
        Path folder = scrapyProject(dir.resolve("quotes-src"));
        core.projectService().link(folder, "quotes");
        CodeArea area = openInEditor("main.py");
        robot.interact(() -> area.appendText("print('mine')\n"));

        Path main = folder.resolve("main.py");
        Files.writeString(main, "print('theirs')\n");
        waitUntil(() -> robot.lookup("#editor-changed-bar").query().isVisible());

        robot.clickOn("#editor-keep-mine");
        robot.clickOn("#editor-save");
        waitUntil(() -> Files.readString(main).equals(MAIN + "print('mine')\n"));
        assertThat(robot.lookup("#editor-changed-bar").query().isVisible()).isFalse();
    }

    @Test
    void replaceAllWithARegexIsOneUndoStep() throws Exception {
        Path folder = scrapyProject(dir.resolve("quotes-src"));
        core.projectService().link(folder, "quotes");
        CodeArea area = openInEditor("main.py");
        robot.interact(() -> area.replaceText("a = 1\nb = 2\n"));

        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#editor-find-regex");
        robot.clickOn("#editor-find-field").write("(\\w) = (\\d)");
        robot.clickOn("#editor-replace-field").write("$1 = $2$2");
        robot.clickOn("#editor-replace-all");
        assertThat(area.getText()).isEqualTo("a = 11\nb = 22\n");

        robot.interact(area::undo);
        assertThat(area.getText()).isEqualTo("a = 1\nb = 2\n");
    }

    @Test
    void aZipThatEscapesItsFolderIsRefusedWithItsReasonAndLeavesNoProject() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "main.py", MAIN);
            entry(out, "../evil.py", "import os\n");
        }
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        waitUntil(() -> robot.lookup("#projects-empty").query().isVisible());
        ZipDrop.Target pane = (ZipDrop.Target) robot.lookup("#pane-projects").query().getProperties().get(ZipDrop.Target.class);

        Platform.runLater(() -> pane.importZips(List.of(zip)));
        waitUntil(() -> robot.lookup("#project-name-field").tryQuery().isPresent());
        TextField name = robot.lookup("#project-name-field").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("evil");
        robot.clickOn(((DialogPane) name.getScene().getRoot()).lookupButton(ButtonType.OK));

        waitUntil(() -> robot.lookup(".dialog-pane").match(pane2 -> pane2 instanceof DialogPane dialog
                && dialog.getContentText() != null && dialog.getContentText().contains("../evil.py")).tryQuery().isPresent());
        DialogPane error = robot.lookup(".dialog-pane").match(node -> node instanceof DialogPane dialog
                && dialog.getContentText() != null && dialog.getContentText().contains("../evil.py")).query();
        assertThat(error.getHeaderText()).isEqualTo("Could not import evil.zip");
        assertThat(error.getContentText()).contains("outside the project folder");
        assertThat(core.projectService().list()).isEmpty();
        try (var left = Files.list(core.dataDirectory().projects())) {
            assertThat(left.toList()).isEmpty();
        }
        assertThat(robot.lookup("#projects-list").queryListView().getItems()).isEmpty();
    }

    /** Shows the Projects pane with the one project selected and opens {@code file} of its root folder. */
    private CodeArea openInEditor(String file) throws TimeoutException {
        robot.clickOn("#" + NavigationItem.PROJECTS.navId());
        waitUntil(() -> robot.lookup("#project-tree").tryQuery().isPresent());
        TreeView<FileNode> tree = robot.lookup("#project-tree").queryAs(TreeView.class);
        waitUntil(() -> names(tree.getRoot()).contains(file));
        robot.doubleClickOn(cell(file));
        waitUntil(() -> robot.lookup("#editor-area").tryQuery().isPresent()
                && !robot.lookup("#editor-area").queryAs(CodeArea.class).getText().isEmpty());
        return robot.lookup("#editor-area").queryAs(CodeArea.class);
    }

    private Node cell(String name) {
        return robot.lookup(".tree-cell").match(node -> node instanceof TreeCell<?> cell && name.equals(cell.getText())).query();
    }

    private static List<String> names(TreeItem<FileNode> folder) {
        return folder.getChildren().stream().map(item -> item.getValue().name()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path scrapyProject(Path root) throws IOException {
        write(root.resolve("scrapy.cfg"), "[settings]\ndefault = quotes.settings\n");
        write(root.resolve("quotes/__init__.py"), "");
        write(root.resolve("quotes/settings.py"), "BOT_NAME = \"quotes\"\n");
        write(root.resolve("quotes/spiders/__init__.py"), "");
        write(root.resolve("quotes/spiders/quotes_spider.py"), """
                import scrapy


                class QuotesSpider(scrapy.Spider):
                    name = "quotes"
                    start_urls = ["https://quotes.toscrape.com/"]

                    def parse(self, response):
                        yield {"title": response.css("title::text").get()}
                """);
        write(root.resolve("main.py"), MAIN);
        write(root.resolve("requirements.txt"), "scrapy>=2.11\n");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
