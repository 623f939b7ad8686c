package io.kumo.ui.projects;

import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;
import io.kumo.python.Cancellation;
import io.kumo.python.EnvironmentService;
import io.kumo.python.PackageService;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Installing a project's dependencies into a Python environment: a requirements file ({@code pip install -r}) or the
 * dependencies its pyproject.toml declares, with the tool's output live and a Cancel.
 */
public final class InstallModel {

    /** What to install: a requirements file relative to the project, or declared dependency specs. */
    public record Choice(String label, String requirementsFile, List<String> dependencies) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ProjectItem project;
    private final EnvironmentService environmentService;
    private final PackageService packages;
    private final BackgroundExecutor background;
    private final ObservableList<PythonEnvironment> environments = FXCollections.observableArrayList();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<PythonEnvironment> environment = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final OutputLines output = new OutputLines();
    private Cancellation cancellation = Cancellation.none();

    public InstallModel(ProjectItem project, EnvironmentService environmentService, PackageService packages,
                        BackgroundExecutor background) {
        this.project = project;
        this.environmentService = environmentService;
        this.packages = packages;
        this.background = background;
        List<Choice> found = new ArrayList<>();
        project.detection().requirementFiles().forEach(file -> found.add(new Choice(file, file, List.of())));
        List<String> declared = project.detection().declaredDependencies();
        if (!declared.isEmpty()) {
            found.add(new Choice("pyproject.toml dependencies (" + declared.size() + ")", null, declared));
        }
        choices.setAll(found);
        choice.set(found.isEmpty() ? null : found.getFirst());
    }

    public void load() {
        status.set("Looking for environments\u2026");
        background.run(environmentService::list, list -> {
            List<PythonEnvironment> ready = list.stream().filter(env -> env.getState() == EnvironmentState.READY).toList();
            environments.setAll(ready);
            environment.set(ready.isEmpty() ? null : ready.getFirst());
            status.set(ready.isEmpty() ? "No ready environment: create one on the Environments pane first." : "");
        }, error -> status.set("Could not list the environments: " + error.getMessage()));
    }

    public void install() {
        PythonEnvironment target = environment.get();
        Choice what = choice.get();
        if (target == null || what == null || running.get()) {
            return;
        }
        running.set(true);
        cancellation = new Cancellation();
        Cancellation current = cancellation;
        status.set("Installing " + what.label() + " into " + target.getName() + "\u2026");
        output.note("$ install " + what.label() + " into " + target.getName());
        background.run(() -> {
            if (what.requirementsFile() != null) {
                packages.installRequirements(target, project.root().resolve(what.requirementsFile()), output.sink(), current);
            } else {
                packages.install(target, what.dependencies(), output.sink(), current);
            }
            return target;
        }, done -> {
            running.set(false);
            output.flush();
            status.set("Installed " + what.label() + " into " + done.getName() + ".");
        }, error -> {
            running.set(false);
            output.flush();
            String message = error instanceof Cancellation.CancelledException ? "Cancelled." : "Failed: " + error.getMessage();
            output.note(message);
            status.set(message);
        });
    }

    public void cancel() {
        cancellation.cancel();
    }

    public String projectName() { return project.name(); }
    public ObservableList<PythonEnvironment> environments() { return environments; }
    public ObservableList<Choice> choices() { return choices; }
    public ObjectProperty<PythonEnvironment> environmentProperty() { return environment; }
    public ObjectProperty<Choice> choiceProperty() { return choice; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<String> output() { return output.lines(); }
}
