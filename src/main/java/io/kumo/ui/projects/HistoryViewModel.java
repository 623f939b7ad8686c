package io.kumo.ui.projects;

import io.kumo.project.FileVersion;
import io.kumo.project.ProjectFiles;
import io.kumo.project.TextDocument;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The earlier versions of one open file, the diff of the chosen version against the editor's text, and restoring a
 * version (which keeps the current file as a version first).
 */
public final class HistoryViewModel {

    private final ProjectFiles files;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final EditorTabViewModel tab;
    private final Supplier<String> editorText;
    private final ObservableList<FileVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<FileVersion> selected = new SimpleObjectProperty<>();
    private final ObservableList<DiffLines.DiffLine> diff = FXCollections.observableArrayList();
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");

    public HistoryViewModel(ProjectFiles files, BackgroundExecutor background, DialogService dialogs, EditorTabViewModel tab,
                            Supplier<String> editorText) {
        this.files = files;
        this.background = background;
        this.dialogs = dialogs;
        this.tab = tab;
        this.editorText = editorText;
        selected.addListener((obs, old, version) -> showDiff());
        sideBySide.addListener((obs, old, on) -> showDiff());
    }

    public void load() {
        busy.set(true);
        background.run(() -> files.history(tab.project(), tab.relativePath()), found -> {
            busy.set(false);
            versions.setAll(found);
            selected.set(found.isEmpty() ? null : found.getFirst());
            if (found.isEmpty()) {
                summary.set("No earlier versions: each save keeps the file as it was before.");
            }
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not read the history of " + tab.name(), error);
        });
    }

    private void showDiff() {
        FileVersion version = selected.get();
        TextDocument document = tab.documentProperty().get();
        if (version == null || document == null) {
            diff.clear();
            return;
        }
        String current = editorText.get();
        boolean split = sideBySide.get();
        background.run(() -> {
            String older = files.versionText(tab.project(), document, version);
            return split ? DiffLines.sideBySide(older, current) : DiffLines.unified(tab.name(), older, current);
        }, lines -> {
            if (version != selected.get() || split != sideBySide.get()) {
                return;
            }
            diff.setAll(lines);
            summary.set(describe(lines, split));
        }, error -> dialogs.showError("Could not read that version of " + tab.name(), error));
    }

    private static String describe(List<DiffLines.DiffLine> lines, boolean split) {
        if (split ? DiffLines.identical(lines) : lines.isEmpty()) {
            return "This version is the same as the editor's text.";
        }
        long removed = lines.stream().filter(line -> line.kind() == DiffLines.Kind.REMOVED || line.kind() == DiffLines.Kind.CHANGED).count();
        long added = lines.stream().filter(line -> line.kind() == DiffLines.Kind.ADDED || line.kind() == DiffLines.Kind.CHANGED).count();
        return split ? "Left: this version · right: the editor now · " + removed + " line(s) changed or removed, " + added + " changed or added"
                : "− this version · + the editor now";
    }

    /** Writes the version back over the file and shows it in the editor. */
    public void restore(FileVersion version, Runnable onRestored) {
        TextDocument document = tab.documentProperty().get();
        if (document == null) {
            return;
        }
        busy.set(true);
        background.run(() -> files.restore(tab.project(), document, version), restored -> {
            busy.set(false);
            tab.replaceDocument(restored);
            onRestored.run();
            load();
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not restore " + tab.name(), error);
        });
    }

    public String fileName() { return tab.name(); }
    public boolean editorDirty() { return tab.dirtyProperty().get(); }
    public ObservableList<FileVersion> versions() { return versions; }
    public ObjectProperty<FileVersion> selectedProperty() { return selected; }
    public ObservableList<DiffLines.DiffLine> diff() { return diff; }
    public BooleanProperty sideBySideProperty() { return sideBySide; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty summaryProperty() { return summary; }
}
