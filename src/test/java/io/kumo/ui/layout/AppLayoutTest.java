package io.kumo.ui.layout;

import static org.assertj.core.api.Assertions.fail;

import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import io.kumo.ui.KumoApp;
import io.kumo.ui.shell.NavigationItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every pane, tab and dialog of the real window with a week's sample data, in both themes at the default size
 * and a large one, and fails with the full list of buttons and labels that are cut and dialogs smaller than their
 * content. Writes a screenshot of each screen to {@code target/screenshots/}.
 */
class AppLayoutTest {



    /** The dialogs reachable from a pane's toolbar: where to go, what to select first, which button opens it. */
    private static final List<DialogOpener> DIALOGS = List.of(
            new DialogOpener(NavigationItem.TASKS, "new-task", null, null, "task-new"),
            new DialogOpener(NavigationItem.TASKS, "edit-task", null, "tasks-table", "task-edit"),
            new DialogOpener(NavigationItem.TASKS, "import-crontab", null, null, "task-import-crontab"),
            new DialogOpener(NavigationItem.PROJECTS, "install", null, "projects-list:sales-reports", "project-install"),
            new DialogOpener(NavigationItem.PROJECTS, "trash", null, null, "project-trash"),
            new DialogOpener(NavigationItem.ENVIRONMENTS, "new-environment", "env-tab-environments", null, "env-new"),
            new DialogOpener(NavigationItem.ENVIRONMENTS, "use-interpreter", "env-tab-environments", null,
                    "env-use-interpreter"),
            new DialogOpener(NavigationItem.INSIGHTS, "new-report-schedule", "Reports", null, "report-schedule-add"),
            new DialogOpener(NavigationItem.ALERTS, "new-channel", "alerts-tab-channels", null, "channel-add"),
            new DialogOpener(NavigationItem.ALERTS, "edit-channel", "alerts-tab-channels", "channel-table", "channel-edit"),
            new DialogOpener(NavigationItem.SETTINGS, "new-variable", null, null, "var-add"),
            new DialogOpener(NavigationItem.SETTINGS, "new-api-token", null, null, "api-token-new"),
            new DialogOpener(NavigationItem.SETTINGS, "new-trigger-url", null, null, "api-hook-new"));

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final Screenshots screenshots = Screenshots.inTarget();
    final List<String> problems = new ArrayList<>();
    KumoCore core;
    KumoApp app;
    Stage stage;
    String casePrefix;
    int width;
    int height;

    static Stream<Arguments> cases() {
        // the large window last: the headless platform is least reliable after a window wider than its screen
        return Stream.of(1200, 1600).flatMap(width -> Stream.of(Theme.LIGHT, Theme.DARK)
                .map(theme -> Arguments.of(theme, width, width == 1200 ? 760 : WindowSizer.LARGE_HEIGHT)));
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            robot.interact(() -> otherWindows().forEach(Window::hide));
            FxToolkit.cleanupApplication(app);
        }
        if (core != null) {
            core.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("cases")
    void nothingIsCutInAnyPaneTabOrDialog(Theme theme, int width, int height) throws Exception {
        core = TestCores.open(dir.resolve("data"));
        SampleData.seed(core, Files.createDirectories(dir.resolve("folders")));
        core.settings().set(Settings.THEME, theme);
        stage = FxToolkit.registerPrimaryStage();
        app = (KumoApp) FxToolkit.setupApplication(() -> new KumoApp(core, () -> { }));
        if (!WindowSizer.resize(robot, stage, width, height)) {
            fail("the headless platform kept the window at %.0fx%.0f instead of %dx%d",
                    stage.getScene().getWidth(), stage.getScene().getHeight(), width, height);
        }
        casePrefix = theme.name().toLowerCase(Locale.ROOT) + "-" + width + "x" + height;
        this.width = width;
        this.height = height;

        for (NavigationItem item : NavigationItem.values()) {
            Parent pane = open(item);
            String screen = key(item);
            check(screen);
            walkTabs(screen, pane, 0);
            if (item == NavigationItem.SETTINGS) {
                settingsSections(screen);
            }
        }
        for (DialogOpener dialog : DIALOGS) {
            openDialog(dialog);
        }

        if (!problems.isEmpty()) {
            fail(problems.size() + " layout problems at " + casePrefix + ":\n" + String.join("\n", problems));
        }
    }

    private Parent open(NavigationItem item) {
        robot.interact(() -> app.mainView().selectedProperty().set(item));
        settle();
        return robot.lookup("#" + item.paneId()).queryAs(Parent.class);
    }

    /** Selects each tab of each top-level tab pane under {@code within}, then looks inside it for nested tabs. */
    private void walkTabs(String screen, Parent within, int depth) {
        for (TabPane tabs : onFx(() -> outermostTabPanes(within))) {
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                String tabScreen = screen + "-" + tabName(tab);
                check(tabScreen);
                if (depth < 1 && tab.getContent() instanceof Parent content) {
                    walkTabs(tabScreen, content, depth + 1);
                }
            }
            robot.interact(() -> tabs.getSelectionModel().selectFirst());
        }
    }

    private static List<TabPane> outermostTabPanes(Parent within) {
        List<TabPane> found = new ArrayList<>();
        for (Node node : within.lookupAll(".tab-pane")) {
            if (node instanceof TabPane tabs && node != within && node.isVisible() && outermost(tabs, within)) {
                found.add(tabs);
            }
        }
        Set<TabPane> unique = Collections.newSetFromMap(new IdentityHashMap<>());
        return found.stream().filter(unique::add).toList();
    }

    private static boolean outermost(TabPane tabs, Parent within) {
        for (Node at = tabs.getParent(); at != null && at != within; at = at.getParent()) {
            if (at instanceof TabPane) {
                return false;
            }
        }
        return true;
    }

    private static String tabName(Tab tab) {
        return slug(tab.getText() != null && !tab.getText().isBlank() ? tab.getText() : Objects.toString(tab.getId(), "tab"));
    }

    private void settingsSections(String screen) {
        ListView<?> sections = robot.lookup("#settings-sections").queryListView();
        int count = onFx(() -> sections.getItems().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            robot.interact(() -> sections.getSelectionModel().select(index));
            settle();
            String section = slug(onFx(() -> sections.getItems().get(index).toString()));
            robot.interact(() -> screenshots.write(stage.getScene(), casePrefix + "-" + screen + "-" + section));
        }
    }

    private void openDialog(DialogOpener dialog) throws TimeoutException {
        Parent pane = open(dialog.pane());
        String screen = key(dialog.pane()) + "-" + dialog.name();
        if (dialog.tab() != null) {
            robot.interact(() -> pane.lookupAll(".tab-pane").stream().map(TabPane.class::cast)
                    .flatMap(tabs -> tabs.getTabs().stream())
                    .filter(tab -> dialog.tab().equals(tab.getId()) || dialog.tab().equals(tab.getText()))
                    .findFirst().ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab)));
            settle();
        }
        if (dialog.selectFirstIn() != null) {
            String[] what = dialog.selectFirstIn().split(":", 2);
            Node list = robot.lookup("#" + what[0]).query();
            if (what.length == 2) {
                // the row whose cell shows that name, clicked as a user would
                robot.clickOn(robot.from(list).lookup((Labeled cell) -> what[1].equals(cell.getText())).<Node>query());
            } else {
                robot.interact(() -> {
                    if (list instanceof TableView<?> table) {
                        table.getSelectionModel().selectFirst();
                    } else if (list instanceof ListView<?> view) {
                        view.getSelectionModel().selectFirst();
                    }
                });
            }
            settle();
        }
        Optional<Node> found = robot.lookup("#" + dialog.button()).tryQuery();
        if (found.isEmpty() || !(found.get() instanceof ButtonBase button) || !enabledSoon(button)) {
            report(screen, "#" + dialog.button() + " is missing or disabled: the dialog could not be opened");
            return;
        }
        // a dialog may show and wait: fire it later, not inside interact(), which would wait with it
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx(this::otherWindows).isEmpty());
        settle();
        Window window = onFx(this::otherWindows).getFirst();
        onFx(() -> {
            window.getScene().getRoot().applyCss();
            window.getScene().getRoot().layout();
            return null;
        });
        onFx(() -> LayoutProbe.undersized(window)).ifPresent(line -> report(screen, line));
        onFx(() -> LayoutProbe.truncatedTexts(window.getScene().getRoot())).forEach(line -> report(screen, line));
        robot.interact(() -> screenshots.write(window.getScene(), casePrefix + "-" + screen));
        close(window);
    }

    private void close(Window window) throws TimeoutException {
        robot.interact(() -> {
            Optional<Button> cancel = window.getScene().getRoot().lookupAll(".button").stream()
                    .filter(node -> node instanceof Button found && found.isCancelButton()).map(Button.class::cast)
                    .findFirst();
            cancel.ifPresentOrElse(Button::fire, window::hide);
        });
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> onFx(this::otherWindows).isEmpty());
        } catch (TimeoutException stillOpen) {
            // a confirmation on cancel, say: close whatever is left so the next dialog starts from the window alone
            robot.interact(() -> otherWindows().forEach(Window::hide));
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> onFx(this::otherWindows).isEmpty());
        }
    }

    private List<Window> otherWindows() {
        return Window.getWindows().stream().filter(window -> window != stage && window.isShowing())
                .filter(window -> window.getScene() != null && !(window instanceof javafx.stage.PopupWindow)).toList();
    }

    /** Probes the whole window (sidebar, banners and status bar with the pane) and writes its screenshot. */
    private void check(String screen) {
        if (!keptAtCaseSize()) {
            report(screen, "the window could not be kept at " + width + "x" + height + " (the scene is "
                    + onFx(() -> (int) stage.getScene().getWidth() + "x" + (int) stage.getScene().getHeight()) + ")");
            return;
        }
        onFx(() -> LayoutProbe.truncatedTexts(stage.getScene().getRoot())).forEach(line -> report(screen, line));
        robot.interact(() -> screenshots.write(stage.getScene(), casePrefix + "-" + screen));
    }

    /**
     * JavaFX's headless platform can let the scene drift from the stage's size once a window was wider than its
     * 1000 px screen: the size is set again before each screen is probed, and a screen probed at another size fails.
     */
    private boolean keptAtCaseSize() {
        boolean kept = onFx(() -> stage.getScene().getWidth() == width && stage.getScene().getHeight() == height);
        return kept || WindowSizer.resize(robot, stage, width, height);
    }

    private void report(String screen, String line) {
        String entry = screen + ": " + line;
        if (!problems.contains(entry)) {
            problems.add(entry);
        }
    }

    /**
     * Waits until what the window shows stops changing: panes load their rows on background threads, and a
     * screenshot or probe taken before they arrive would miss the long texts that matter here.
     */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        String before = onFx(this::fingerprint);
        int stable = 0;
        while (stable < 1 && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String now = onFx(this::fingerprint);
            stable = now.equals(before) ? stable + 1 : 0;
            before = now;
        }
    }

    private String fingerprint() {
        StringBuilder texts = new StringBuilder();
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                window.getScene().getRoot().applyCss();
                window.getScene().getRoot().layout();
                fingerprint(window.getScene().getRoot(), texts);
            }
        }
        return texts.toString();
    }

    private static void fingerprint(Node node, StringBuilder texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.append(labeled.getText()).append('|');
        } else if (node instanceof TableView<?> table) {
            texts.append(table.getItems().size()).append('|');
        } else if (node instanceof ListView<?> list) {
            texts.append(list.getItems().size()).append('|');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> fingerprint(child, texts));
        }
    }

    private static String key(NavigationItem item) {
        return item.name().toLowerCase(Locale.ROOT);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A button a background load enables (the project's detected dependencies) gets that load's time. */
    private static boolean enabledSoon(ButtonBase button) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx(button::isDisabled));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in 10 s", e);
        }
    }

    private record DialogOpener(NavigationItem pane, String name, String tab, String selectFirstIn, String button) {
    }
}
