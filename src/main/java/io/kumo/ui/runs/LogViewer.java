package io.kumo.ui.runs;

import io.kumo.ui.common.Windows;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A run's log: a virtualized list of line numbers whose cells fetch their text lazily, with follow, wrap, find with
 * next/previous, copy, save as and open folder. A message replaces the list when the run has no log.
 */
public final class LogViewer extends VBox {

    private static final double LINE_HEIGHT = 19;

    private final LogViewerModel model;
    private final ListView<Integer> list = new ListView<>();
    private final FolderOpener folders;

    public LogViewer(LogViewerModel model, FolderOpener folders) {
        this.model = model;
        this.folders = folders;
        list.setId("log-view");
        list.getStyleClass().addAll("log-view", Styles.DENSE);
        list.itemsProperty().bind(model.linesProperty());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new LogLineCell(model));
        list.setFixedCellSize(LINE_HEIGHT);
        model.wrapProperty().subscribe(wrap -> {
            list.setFixedCellSize(wrap ? Region.USE_COMPUTED_SIZE : LINE_HEIGHT);
            list.refresh();
        });
        model.revisionProperty().addListener((obs, old, now) -> redrawCellsInView());
        model.highlightProperty().addListener((obs, old, now) -> list.refresh());
        model.revealProperty().addListener((obs, old, reveal) -> reveal(reveal));
        // scrolling up while following means "let me read": follow stops
        list.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0 && model.followProperty().get()) {
                model.followProperty().set(false);
            }
        });
        list.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copySelection();
                event.consume();
            } else if (event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.PAGE_UP || event.getCode() == KeyCode.UP) {
                model.followProperty().set(false);
            }
        });
        list.setPlaceholder(new Label(""));

        Label message = new Label();
        message.setId("log-message");
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "log-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setGraphic(FontIcon.of(Feather.FILE_MINUS, 20));
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        list.visibleProperty().bind(model.messageProperty().isNull());
        StackPane body = new StackPane(list, message);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label findStatus = new Label();
        findStatus.setId("log-search-status");
        findStatus.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        findStatus.textProperty().bind(model.findStatusProperty());
        getChildren().addAll(toolbar(), body, statusLine(findStatus));
        getStyleClass().add("log-viewer");
        setSpacing(6);
        setMinSize(0, 0);
    }

    private HBox toolbar() {
        ToggleButton follow = new ToggleButton("Follow", FontIcon.of(Feather.CHEVRONS_DOWN));
        follow.setId("log-follow");
        follow.setTooltip(new Tooltip("Keep the newest line in view while the run writes"));
        follow.selectedProperty().bindBidirectional(model.followProperty());
        ToggleButton wrap = new ToggleButton("Wrap", FontIcon.of(Feather.CORNER_DOWN_LEFT));
        wrap.setId("log-wrap");
        wrap.setTooltip(new Tooltip("Wrap long lines"));
        wrap.selectedProperty().bindBidirectional(model.wrapProperty());

        TextField find = new TextField();
        find.setId("log-search-field");
        find.setPromptText("Find in log");
        find.setPrefColumnCount(16);
        find.textProperty().bindBidirectional(model.findQueryProperty());
        find.setOnAction(event -> model.findNext(anchorLine()));
        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId("log-search-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.selectedProperty().bindBidirectional(model.findCaseSensitiveProperty());
        ToggleButton regex = new ToggleButton(".*");
        regex.setId("log-search-regex");
        regex.setTooltip(new Tooltip("Regular expression"));
        regex.selectedProperty().bindBidirectional(model.findRegexProperty());
        Button previous = new Button(null, FontIcon.of(Feather.CHEVRON_UP));
        previous.setId("log-search-prev");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        previous.setOnAction(event -> model.findPrevious(anchorLine()));
        Button next = new Button(null, FontIcon.of(Feather.CHEVRON_DOWN));
        next.setId("log-search-next");
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setOnAction(event -> model.findNext(anchorLine()));
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
                model.findPrevious(anchorLine());
                event.consume();
            }
        });
        var noLog = model.hasLogProperty().not();
        find.disableProperty().bind(noLog);
        previous.disableProperty().bind(noLog);
        next.disableProperty().bind(noLog);

        Button copy = new Button(null, FontIcon.of(Feather.COPY));
        copy.setId("log-copy");
        copy.setTooltip(new Tooltip("Copy the selected lines (Ctrl+C)"));
        copy.disableProperty().bind(noLog.or(Bindings.isEmpty(list.getSelectionModel().getSelectedIndices())));
        copy.setOnAction(event -> copySelection());
        Button save = new Button(null, FontIcon.of(Feather.SAVE));
        save.setId("log-save");
        save.setTooltip(new Tooltip("Save the log as…"));
        save.disableProperty().bind(noLog);
        save.setOnAction(event -> saveAs());
        Button folder = new Button(null, FontIcon.of(Feather.FOLDER));
        folder.setId("log-open-folder");
        folder.setTooltip(new Tooltip("Open the folder holding the log file"));
        folder.disableProperty().bind(noLog);
        folder.setOnAction(event -> {
            if (model.folder() != null) {
                folders.open(model.folder());
            }
        });
        // one row at any width: the find field gives way, the buttons keep their size
        find.setMinWidth(90);
        find.setMaxWidth(320);
        HBox.setHgrow(find, Priority.SOMETIMES);
        HBox bar = new HBox(6, follow, wrap, new Separator(javafx.geometry.Orientation.VERTICAL), find, matchCase, regex,
                previous, next, new Separator(javafx.geometry.Orientation.VERTICAL), copy, save, folder);
        bar.getChildren().stream().filter(node -> node instanceof javafx.scene.control.ButtonBase)
                .forEach(button -> ((Region) button).setMinWidth(Region.USE_PREF_SIZE));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("log-toolbar");
        return bar;
    }

    private HBox statusLine(Label findStatus) {
        Label count = new Label();
        count.setId("log-line-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(() -> model.hasLogProperty().get()
                ? RunFormat.number(model.lineCountProperty().get()) + " lines" + (model.followingProperty().get() ? " · following the run" : "")
                : "", model.lineCountProperty(), model.hasLogProperty(), model.followingProperty()));
        Label result = new Label();
        result.setId("log-result");
        result.getStyleClass().addAll(Styles.TEXT_SMALL);
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(model.resultProperty().isEmpty().not());
        result.managedProperty().bind(result.visibleProperty());
        Label notice = new Label();
        notice.setId("log-notice");
        notice.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        notice.textProperty().bind(model.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, count, findStatus, result, spacer, notice);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Finds start from the selected line, else from the first line in view. */
    private int anchorLine() {
        Integer selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            return selected;
        }
        return 0;
    }

    private void reveal(LogViewerModel.Reveal reveal) {
        if (reveal == null || list.getItems().isEmpty()) {
            return;
        }
        int held = list.getItems().indexOf(reveal.line()); // the list may hold only the last lines of a followed flood
        int index = held >= 0 ? held : list.getItems().size() - 1;
        // after the list's skin took in a new count
        Platform.runLater(() -> {
            if (index >= list.getItems().size()) {
                return;
            }
            if (reveal.select()) {
                list.getSelectionModel().clearAndSelect(index);
                int rows = (int) Math.max(1, list.getHeight() / LINE_HEIGHT);
                list.scrollTo(Math.max(0, index - rows / 3));
            } else if (!lastCellInView(index)) {
                list.scrollTo(index); // a scroll re-lays out every cell: not while the end is already in view
                if (index == list.getItems().size() - 1) {
                    toTheEnd();
                }
            }
        });
    }

    /** Re-renders the cells in view from the model's cache, keeping the cells (not {@code ListView.refresh()}). */
    private void redrawCellsInView() {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            return;
        }
        for (int index = first.getIndex(); index <= last.getIndex(); index++) {
            if (flow.getVisibleCell(index) instanceof LogLineCell cell) {
                cell.redraw();
            }
        }
    }

    /**
     * Puts the flow at its very end. {@code scrollTo} (the flow's {@code scrollToTop}) places an item by the flow's
     * estimate of all items' height, which can be stale right after the count changed: with the app's theme it was one
     * row short, the newest line just below the view. Position 1 is the end whatever the estimate.
     */
    private void toTheEnd() {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.setPosition(1);
        }
    }

    /** True if {@code index} is the list's last item and its cell is the last one in view. */
    private boolean lastCellInView(int index) {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        return last != null && index == list.getItems().size() - 1 && last.getIndex() == index;
    }

    /** The list skin's flow of cells (null before the skin exists). */
    private VirtualFlow<?> flow() {
        for (Node child : list.getChildrenUnmodifiable()) {
            if (child instanceof VirtualFlow<?> flow) {
                return flow;
            }
        }
        return null;
    }

    private void copySelection() {
        List<Integer> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        model.textOf(selected, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the log as");
        if (model.path() != null) {
            chooser.setInitialFileName(model.path().getFileName().toString());
        }
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Log files", "*.log", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showSaveDialog(Windows.of(this));
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }

    public ListView<Integer> list() {
        return list;
    }
}
