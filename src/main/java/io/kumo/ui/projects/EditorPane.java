package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.code.lsp.LanguageServers;
import io.kumo.domain.Project;
import io.kumo.project.FileNode;
import io.kumo.project.ProjectFiles;
import io.kumo.project.TextDocument;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editors of one project: a toolbar (Save, History, Find, Go to line, Go to file, Format), the find bar, a tab
 * per open file, plus the project's README. Shortcuts: Ctrl+S save, Ctrl+F find, Ctrl+H replace, Ctrl+G go to line,
 * F3 next match, Ctrl+W close, Ctrl+P go to file.
 */
final class EditorPane extends VBox {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO_FILE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Project project;
    private final ProjectFiles files;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final WatchedFolders watched;
    private final TabPane tabs = new TabPane();
    private final Map<String, EditorTab> open = new LinkedHashMap<>();
    private final ObjectProperty<EditorTab> current = new SimpleObjectProperty<>();
    private final FindReplaceBar findBar;
    private final Label position = new Label();
    private final CodeTools tools;
    private final EditorLanguageModel language;
    private final Map<EditorTab, LanguageAssist> assists = new java.util.HashMap<>();
    private final EditorExtras extras;
    private final ReadmeTab readme;
    /** Held here: the theme outlives this pane, and listens only weakly. */
    private final javafx.beans.InvalidationListener rerenderReadme = theme -> rerenderReadme();

    EditorPane(Project project, ProjectFiles files, BackgroundExecutor background, DialogService dialogs, WatchedFolders watched,
               EditorServices services) {
        this.tools = services.tools();
        this.language = new EditorLanguageModel(project, services.languageServers(), background);
        this.extras = services.extras();
        this.project = project;
        this.files = files;
        this.background = background;
        this.dialogs = dialogs;
        this.watched = watched;
        this.findBar = new FindReplaceBar(this::currentArea);
        this.readme = new ReadmeTab(Path.of(project.getRootPath()), background, extras.links(), this::openPath,
                () -> dialogs.showError("Cannot open the link", new IllegalStateException("This system has no browser Kumo can start.")));

        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.setTabMaxWidth(320);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> selected(editorTab(old), editorTab(tab)));
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(EditorTab.class::isInstance).forEach(tab -> closed((EditorTab) tab));
            }
        });
        Label placeholder = new Label("Double-click a file in the tree to edit it here.");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        StackPane body = new StackPane(tabs, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(toolbar(), findBar, body, statusStrip());
        showReadme();
        extras.themeChanges().addListener(new javafx.beans.WeakInvalidationListener(rerenderReadme));
        getStyleClass().add("editor-pane");
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private HBox toolbar() {
        Button save = new Button("Save", FontIcon.of(Feather.SAVE));
        save.setId("editor-save");
        save.setTooltip(new Tooltip("Save (Ctrl+S)"));
        save.setOnAction(event -> save());
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> !canSave(), current));
        current.addListener((obs, old, tab) -> {
            save.disableProperty().unbind();
            if (tab == null) {
                save.setDisable(true);
            } else {
                EditorTabViewModel model = tab.model();
                save.disableProperty().bind(model.dirtyProperty().not().and(model.changedOnDiskProperty().not())
                        .or(model.savingProperty())
                        .or(Bindings.createBooleanBinding(() -> model.documentProperty().get() == null
                                || model.documentProperty().get().readOnly(), model.documentProperty())));
            }
        });
        Button history = new Button("History", FontIcon.of(Feather.CLOCK));
        history.setId("editor-history");
        history.setTooltip(new Tooltip("Earlier versions of this file"));
        history.disableProperty().bind(current.isNull());
        history.setOnAction(event -> showHistory());
        Button find = new Button(null, FontIcon.of(Feather.SEARCH));
        find.setId("editor-find");
        find.getStyleClass().add(Styles.BUTTON_ICON);
        find.setTooltip(new Tooltip("Find and replace (Ctrl+F, Ctrl+H)"));
        find.disableProperty().bind(current.isNull());
        find.setOnAction(event -> findBar.show(true));
        Button goTo = new Button(null, FontIcon.of(Feather.CORNER_DOWN_RIGHT));
        goTo.setId("editor-goto");
        goTo.getStyleClass().add(Styles.BUTTON_ICON);
        goTo.setTooltip(new Tooltip("Go to line (Ctrl+G)"));
        goTo.disableProperty().bind(current.isNull());
        goTo.setOnAction(event -> goToLine());
        Button goToFile = new Button(null, FontIcon.of(Feather.FILE_TEXT));
        goToFile.setId("editor-goto-file");
        goToFile.getStyleClass().add(Styles.BUTTON_ICON);
        goToFile.setTooltip(new Tooltip("Go to file (Ctrl+P)"));
        goToFile.setOnAction(event -> goToFile());
        position.setId("editor-position");
        position.getStyleClass().add(Styles.TEXT_MUTED);
        save.setMinWidth(USE_PREF_SIZE);
        history.setMinWidth(USE_PREF_SIZE);
        HBox bar = new HBox(8, save, history, find, goTo, goToFile, EditorCheckControls.formatButton(current, this::format));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    /**
     * Under the editors: the language server's state (and its offers), then the problem count and the caret; the parts
     * wrap onto a second line when the editors are narrow.
     */
    private FlowPane statusStrip() {
        Label problemCount = EditorCheckControls.problemCount(current);
        position.setMinWidth(USE_PREF_SIZE);
        HBox caret = new HBox(12, problemCount, position);
        caret.setAlignment(Pos.CENTER_LEFT);
        FlowPane strip = new FlowPane(16, 2, new LanguageStatusBar(language), caret);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(3, 8, 3, 8));
        strip.getStyleClass().add("editor-status-strip");
        return strip;
    }

    private boolean canSave() {
        return current.get() != null;
    }

    /** Opens the file in a tab, or selects its tab when it is open already. */
    void open(FileNode node) {
        EditorTab tab = open.get(node.relativePath());
        if (tab == null) {
            EditorTabViewModel model = new EditorTabViewModel(project, node.relativePath(), files, background, dialogs);
            tab = new EditorTab(model, background, dialogs, tools, extras.snippets());
            open.put(node.relativePath(), tab);
            watched.watch(node.path().getParent());
            tabs.getTabs().add(tab);
            tab.started();
            model.open();
            if (model.isPython()) {
                LanguageAssist assist = new LanguageAssist(tab.area(), model, language,
                        files.resolve(project, node.relativePath()), this::goToDefinition);
                assists.put(tab, assist);
                assist.attach();
            }
        }
        tabs.getSelectionModel().select(tab);
        tab.area().requestFocus();
    }

    /** Opens the file (or selects its tab) with the caret at the start of {@code line}. */
    void openAt(FileNode node, int line) {
        open(node);
        open.get(node.relativePath()).showLine(line);
    }

    private void selected(EditorTab old, EditorTab tab) {
        if (old != null) {
            old.setSelectedId(false);
        }
        if (tab != null) {
            tab.setSelectedId(true);
            position.textProperty().bind(Bindings.createStringBinding(() -> describePosition(tab),
                    tab.area().caretPositionProperty(), tab.model().documentProperty()));
        } else {
            position.textProperty().unbind();
            position.setText("");
        }
        current.set(tab);
    }

    private static String describePosition(EditorTab tab) {
        CodeArea area = tab.area();
        TextDocument document = tab.model().documentProperty().get();
        if (document == null) {
            return "";
        }
        String ending = document.lineEnding().equals("\r\n") ? "CRLF" : "LF";
        return "Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1) + " \u00b7 "
                + document.charset().displayName() + (document.byteOrderMark() ? " BOM" : "") + " \u00b7 " + ending;
    }

    private void closed(EditorTab tab) {
        tab.disposed();
        LanguageAssist assist = assists.remove(tab);
        if (assist != null) {
            assist.detach();
        }
        open.remove(tab.model().relativePath());
        watched.unwatch(tab.model().folder());
    }

    private void shortcut(KeyEvent event) {
        if (FORMAT.match(event)) {
            format();
        } else if (SAVE.match(event)) {
            save();
        } else if (FIND.match(event)) {
            findBar.show(false);
        } else if (REPLACE.match(event)) {
            findBar.show(true);
        } else if (GO_TO.match(event)) {
            goToLine();
        } else if (NEXT.match(event)) {
            findBar.next();
        } else if (PREVIOUS.match(event)) {
            findBar.previous();
        } else if (GO_TO_FILE.match(event)) {
            goToFile();
        } else if (CLOSE.match(event)) {
            closeCurrent();
        } else {
            return;
        }
        event.consume();
    }

    void save() {
        if (current.get() != null) {
            EditorTab tab = current.get();
            tab.save(() -> {
                if (readme.shows(tab.model().relativePath())) {
                    showReadme();
                }
            });
        }
    }

    private void format() {
        if (current.get() != null) {
            current.get().format();
        }
    }

    private static EditorTab editorTab(Tab tab) {
        return tab instanceof EditorTab editor ? editor : null;
    }

    private void rerenderReadme() {
        if (tabs.getTabs().contains(readme)) {
            showReadme();
        }
    }

    /** Renders the README into its tab, adding the tab (first) when the project has one. */
    void showReadme() {
        readme.refresh(found -> {
            if (found && !tabs.getTabs().contains(readme)) {
                tabs.getTabs().addFirst(readme);
            } else if (!found) {
                tabs.getTabs().remove(readme);
            }
        });
    }

    private void goToFile() {
        new GoToFilePopup(Path.of(project.getRootPath()), background, this::openPath).show(this);
    }

    /** Opens a file by its path relative to the project folder. */
    private void openPath(String relativePath) {
        Path file = Path.of(project.getRootPath()).resolve(relativePath).normalize();
        open(new FileNode(file, relativePath, file.getFileName().toString(), false, 0));
    }

    private void closeCurrent() {
        EditorTab tab = current.get();
        if (tab != null && (!tab.model().dirtyProperty().get() || tab.confirmDiscard())) {
            tabs.getTabs().remove(tab);
        }
    }

    private void goToLine() {
        CodeArea area = currentArea();
        if (area == null) {
            return;
        }
        int lines = area.getParagraphs().size();
        TextInputDialog dialog = new TextInputDialog(Integer.toString(area.getCurrentParagraph() + 1));
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Go to line");
        dialog.setHeaderText("Line number (1-" + lines + ")");
        dialog.getEditor().setId("editor-goto-field");
        dialog.showAndWait().map(String::strip).filter(text -> text.matches("\\d{1,9}")).map(Integer::parseInt).ifPresent(line -> {
            int paragraph = Math.max(0, Math.min(lines - 1, line - 1));
            area.moveTo(paragraph, 0);
            area.showParagraphAtCenter(paragraph);
            area.requestFocus();
        });
    }

    private void showHistory() {
        EditorTab tab = current.get();
        if (tab == null || tab.model().documentProperty().get() == null) {
            return;
        }
        HistoryViewModel model = new HistoryViewModel(files, background, dialogs, tab.model(), () -> tab.area().getText());
        new HistoryDialog(getScene().getWindow(), model, dialogs).show();
    }

    private CodeArea currentArea() {
        return current.get() == null ? null : current.get().area();
    }

    /** Folders changed on disk: the open files in them check whether they changed. */
    void foldersChanged(Set<Path> folders) {
        if (folders.contains(Path.of(project.getRootPath()))) {
            showReadme();
        }
        for (EditorTab tab : open.values()) {
            if (folders.contains(tab.model().folder())) {
                tab.model().checkDisk();
            }
        }
    }

    /** After the pane was hidden: any open file may have changed meanwhile. */
    void checkAll() {
        showReadme(); // the theme may have changed while the pane was hidden
        open.values().forEach(tab -> tab.model().checkDisk());
    }

    boolean hasUnsavedChanges() {
        return open.values().stream().anyMatch(tab -> tab.model().dirtyProperty().get());
    }

    List<String> unsavedFiles() {
        List<String> names = new ArrayList<>();
        open.values().stream().filter(tab -> tab.model().dirtyProperty().get()).forEach(tab -> names.add(tab.model().relativePath()));
        return names;
    }

    void dispose() {
        new ArrayList<>(open.values()).forEach(tab -> tabs.getTabs().remove(tab));
        language.release();
        tabs.getTabs().remove(readme);
    }

    /** A definition in the project opens at its line; one elsewhere (the standard library, say) is named. */
    private void goToDefinition(io.kumo.code.lsp.DefinitionTarget target) {
        Path root = Path.of(project.getRootPath()).toAbsolutePath().normalize();
        if (target.file().startsWith(root)) {
            String relative = root.relativize(target.file()).toString().replace('\\', '/');
            openAt(new FileNode(target.file(), relative, target.file().getFileName().toString(), false, 0), target.line());
        } else {
            language.messageProperty().set("Defined outside the project: " + target);
        }
    }

    /** For tests: the language help of a tab. */
    LanguageAssist assist(EditorTab tab) {
        return assists.get(tab);
    }
}
