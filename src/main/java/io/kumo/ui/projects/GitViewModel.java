package io.kumo.ui.projects;

import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.git.CloneRequest;
import io.kumo.git.GitProjects;
import io.kumo.git.GitStatus;
import io.kumo.git.PullResult;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The selected Git project's checkout (branch, commit, ahead/behind after a fetch, local changes), its pull and pull
 * policy, and cloning a new project. All Git work runs on the background executor: a fetch or pull may take seconds.
 */
public final class GitViewModel {

    private final GitProjects git;
    private final BackgroundExecutor background;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<GitStatus> status = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public GitViewModel(GitProjects git, BackgroundExecutor background) {
        this.git = git;
        this.background = background;
    }

    /** Shows {@code shown}'s checkout (null, or not a Git project: nothing); reads it, then fetches and reads it again. */
    public void show(Project shown) {
        boolean same = shown != null && project.get() != null && shown.getId().equals(project.get().getId());
        project.set(shown);
        if (!same) {
            status.set(null);
            say("", false);
        }
        if (shown != null && shown.isGit()) {
            read(shown, false);
            read(shown, true);
        }
    }

    private void read(Project of, boolean fetch) {
        background.run(() -> git.status(of, fetch), read -> {
            if (isShown(of)) {
                status.set(read);
                if (read.fetchError() != null) {
                    say(read.fetchError(), true);
                }
            }
        }, error -> {
            if (isShown(of)) {
                say(error.getMessage(), true);
            }
        });
    }

    public void pull() {
        Project of = project.get();
        if (of == null || busy.get()) {
            return;
        }
        busy.set(true);
        say("Pulling\u2026", false);
        background.run(() -> git.pull(of), (PullResult result) -> {
            busy.set(false);
            if (isShown(of)) {
                say(result.message(), !result.ok());
                read(of, false);
            }
        }, error -> {
            busy.set(false);
            say(error.getMessage(), true);
        });
    }

    /** Saves when the shown project pulls; the stored project to {@code onSaved}, an error inline. */
    public void setPolicy(GitPull pull, Integer minutes, Consumer<Project> onSaved) {
        Project of = project.get();
        if (of == null) {
            return;
        }
        background.run(() -> git.setPullPolicy(of, pull, minutes), saved -> {
            say("Pull policy saved", false);
            onSaved.accept(saved);
        }, error -> say(error.getMessage(), true));
    }

    /** Shows a problem with what the user typed in the bar (nothing is saved). */
    public void showInputError(String text) {
        say(text, true);
    }

    /** Clones a new project; its name to {@code onCloned}, else the error to {@code onError} (the dialog shows it). */
    public void cloneProject(CloneRequest request, Consumer<Project> onCloned, Consumer<String> onError) {
        background.run(() -> git.clone(request), onCloned, error -> onError.accept(error.getMessage()));
    }

    private boolean isShown(Project of) {
        return project.get() != null && project.get().getId().equals(of.getId());
    }

    private void say(String text, boolean error) {
        message.set(text == null ? "" : text);
        failed.set(error);
    }

    public ObjectProperty<Project> projectProperty() { return project; }
    public ObjectProperty<GitStatus> statusProperty() { return status; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty failedProperty() { return failed; }
    public BooleanProperty busyProperty() { return busy; }
}
