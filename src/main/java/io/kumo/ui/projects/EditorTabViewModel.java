package io.kumo.ui.projects;

import io.kumo.code.CodeProblem;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.project.FileChangedOnDiskException;
import io.kumo.project.ProjectFiles;
import io.kumo.project.TextDocument;
import io.kumo.project.TextFiles;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One open file: its document, whether it has unsaved edits, whether another program changed it meanwhile, and the
 * commands open, save, reload and "keep mine". The text itself lives in the editor control; each (re)load is
 * published as a {@link Loaded} the view puts into the control.
 */
public final class EditorTabViewModel {

    /**
     * Text the editor should show now, replacing what it has. Each load has its own number, so reading the same text
     * again (a restore of what was opened) is still a change listeners see.
     */
    public record Loaded(String text, long number) {
    }

    private final Project project;
    private final String relativePath;
    private final ProjectFiles files;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final ObjectProperty<TextDocument> document = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty changedOnDisk = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty();
    /** What checkers found in this file, by checker ("python", "ruff", "lsp"...): the problems list and underlines show all. */
    private final ObservableMap<String, List<CodeProblem>> problems = FXCollections.observableHashMap();
    private boolean forceNextSave;
    private long loads;

    public EditorTabViewModel(Project project, String relativePath, ProjectFiles files, BackgroundExecutor background,
                              DialogService dialogs) {
        this.project = project;
        this.relativePath = relativePath;
        this.files = files;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void open() {
        loading.set(true);
        background.run(() -> files.open(project, relativePath), this::show, error -> {
            loading.set(false);
            problem.set(error instanceof ValidationException ? error.getMessage()
                    : "Could not open " + relativePath + ": " + error.getMessage());
        });
    }

    /** Saves {@code text}; {@code onSaved} gets the text that is now on disk (to mark the editor clean). */
    public void save(String text, Consumer<String> onSaved) {
        TextDocument current = document.get();
        if (current == null || current.readOnly() || saving.get()) {
            return;
        }
        saving.set(true);
        boolean force = forceNextSave;
        background.run(() -> files.save(project, current, text, force), saved -> {
            saving.set(false);
            forceNextSave = false;
            changedOnDisk.set(false);
            document.set(saved);
            onSaved.accept(text);
        }, error -> {
            saving.set(false);
            if (error instanceof FileChangedOnDiskException) {
                changedOnDisk.set(true);
                notice.set(error.getMessage() + ". Reload it (your edits are lost) or keep yours (saving overwrites the other change).");
            } else {
                dialogs.showError("Could not save " + name(), error);
            }
        });
    }

    /** Reads the file again, dropping unsaved edits. */
    public void reload() {
        loading.set(true);
        background.run(() -> files.open(project, relativePath), this::show,
                error -> {
                    loading.set(false);
                    dialogs.showError("Could not reload " + name(), error);
                });
    }

    /** Keeps the editor's text over the change on disk: the next save overwrites it. */
    public void keepMine() {
        forceNextSave = true;
        changedOnDisk.set(false);
    }

    /** Shows a document written by someone else on our behalf (a restored version). */
    public void replaceDocument(TextDocument restored) {
        show(restored);
    }

    /**
     * Checks whether another program changed or deleted the file. A clean editor just reloads; one with unsaved edits
     * shows the notice and lets the user choose.
     */
    public void checkDisk() {
        TextDocument current = document.get();
        if (current == null || saving.get() || loading.get()) {
            return;
        }
        background.run(() -> files.diskState(current), difference -> {
            if (difference == TextFiles.DiskState.AS_READ || document.get() != current || saving.get()) {
                return;
            }
            if (difference == TextFiles.DiskState.CHANGED && !dirty.get()) {
                reload();
                return;
            }
            if (!changedOnDisk.get()) {
                changedOnDisk.set(true);
                notice.set(difference == TextFiles.DiskState.DELETED
                        ? name() + " was deleted by another program. Keep yours to write it again when you save."
                        : name() + " was changed by another program. Reload it (your edits are lost) or keep yours "
                                + "(saving overwrites the other change).");
            }
        }, error -> { });
    }

    private void show(TextDocument opened) {
        loading.set(false);
        forceNextSave = false;
        changedOnDisk.set(false);
        problem.set(null);
        document.set(opened);
        loaded.set(new Loaded(opened.text(), ++loads));
    }

    public String name() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    public boolean isPython() {
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".py") || lower.endsWith(".pyw") || lower.endsWith(".pyi");
    }

    public Project project() { return project; }
    public String relativePath() { return relativePath; }
    public Path folder() { return files.resolve(project, relativePath).getParent(); }
    public ObjectProperty<TextDocument> documentProperty() { return document; }
    public ReadOnlyObjectProperty<Loaded> loadedProperty() { return loaded.getReadOnlyProperty(); }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanProperty savingProperty() { return saving; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public BooleanProperty changedOnDiskProperty() { return changedOnDisk; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty problemProperty() { return problem; }

    /** Problems per checker; a checker replaces its own entry on each pass (an empty list clears it). */
    public ObservableMap<String, List<CodeProblem>> problems() {
        return problems;
    }
}
