package io.kumo.ui.runs;

import io.kumo.domain.Run;
import io.kumo.outputs.ListedOutput;
import io.kumo.outputs.RunOutputs;
import io.kumo.preview.DataFiles;
import io.kumo.runs.RunHistory;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open run's "Outputs": the files it wrote under OUTPUT_DIR, read once it has ended, each checked on disk. */
public final class RunOutputsModel {

    private final RunHistory history;
    private final BackgroundExecutor background;
    private final ObservableList<ListedOutput> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Path>> folder = new ReadOnlyObjectWrapper<>(Optional.empty());
    private long shownId = -1;
    private boolean shownEnded;

    public RunOutputsModel(RunHistory history, BackgroundExecutor background) {
        this.history = history;
        this.background = background;
    }

    /** Follows the open run: its outputs are read when it is opened ended, or when it ends. */
    void show(RunRow row) {
        if (row == null) {
            shownId = -1;
            files.clear();
            note.set("");
            folder.set(Optional.empty());
            return;
        }
        boolean ended = row.status().isTerminal();
        if (row.id() == shownId && ended == shownEnded) {
            return;
        }
        shownId = row.id();
        shownEnded = ended;
        files.clear();
        folder.set(Optional.empty());
        if (!ended) {
            note.set("Listed when the run ends.");
            return;
        }
        note.set("Reading…");
        long id = row.id();
        background.run(() -> {
            Optional<String> stored = history.find(id).map(Run::getOutputFiles);
            RunOutputs outputs = RunOutputs.decode(stored.orElse(null));
            return new Read(stored.isPresent() && stored.get() != null, outputs, ListedOutput.of(outputs)); // stat calls here
        }, read -> {
            if (shownId != id) {
                return;
            }
            folder.set(read.outputs().folder());
            files.setAll(read.listed());
            List<String> notes = read.outputs().notes();
            note.set(!read.recorded() ? "Not recorded for this run."
                    : read.outputs().files().isEmpty() && notes.isEmpty() ? "No files written under OUTPUT_DIR."
                    : String.join("\n", notes));
        }, error -> {
            if (shownId == id) {
                note.set("Could not read the outputs: " + error.getMessage());
            }
        });
    }

    /** The stored list, decoded and checked on disk off the FX thread. */
    private record Read(boolean recorded, RunOutputs outputs, List<ListedOutput> listed) { }

    public boolean previewable(ListedOutput file) {
        return file != null && file.exists() && DataFiles.previewable(file.location().orElseThrow());
    }

    public ObservableList<ListedOutput> files() { return files; }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<Path>> folderProperty() { return folder.getReadOnlyProperty(); }
    public BackgroundExecutor background() { return background; }
}
