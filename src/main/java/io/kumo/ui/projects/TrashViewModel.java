package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.project.ProjectService;
import io.kumo.project.TrashEntry;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Deleted projects waiting in the trash: restore one, purge one, or empty the trash. */
public final class TrashViewModel {

    private final ProjectService projects;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final Consumer<Project> onRestored;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TrashViewModel(ProjectService projects, BackgroundExecutor background, DialogService dialogs, Consumer<Project> onRestored) {
        this.projects = projects;
        this.background = background;
        this.dialogs = dialogs;
        this.onRestored = onRestored;
    }

    public void load() {
        busy.set(true);
        background.run(() -> projects.trash().list(), list -> {
            busy.set(false);
            entries.setAll(list);
        }, error -> fail("Could not read the trash", error));
    }

    public void restore(TrashEntry entry) {
        busy.set(true);
        background.run(() -> projects.restore(entry.id()), project -> {
            busy.set(false);
            onRestored.accept(project);
            load();
        }, error -> fail("Could not restore " + entry.projectName(), error));
    }

    public void purge(TrashEntry entry) {
        purge(List.of(entry));
    }

    public void purgeAll() {
        purge(List.copyOf(entries));
    }

    private void purge(List<TrashEntry> gone) {
        busy.set(true);
        background.run(() -> {
            gone.forEach(entry -> projects.trash().purge(entry.id()));
            return gone.size();
        }, count -> {
            busy.set(false);
            load();
        }, error -> {
            fail("Could not empty the trash", error);
            load();
        });
    }

    private void fail(String title, Throwable error) {
        busy.set(false);
        dialogs.showError(title, error);
    }

    public ObservableList<TrashEntry> entries() { return entries; }
    public BooleanProperty busyProperty() { return busy; }
}
