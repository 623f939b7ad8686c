package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.template.CreatedProject;
import io.kumo.template.NewProject;
import io.kumo.template.ProjectTemplate;
import io.kumo.template.TemplateService;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "New from template" dialog's state: the chosen template, the name (suggested from the template until the user
 * types one), whether its tasks are created, and the one problem to show under the name, if any.
 */
public final class NewFromTemplateModel {

    private final TemplateService service;
    private final BackgroundExecutor background;
    private final Predicate<String> nameTaken;
    private final ObservableList<ProjectTemplate> templates;
    private final ObjectProperty<ProjectTemplate> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty withTasks = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty refused = new SimpleStringProperty();
    private final StringBinding problem;

    NewFromTemplateModel(TemplateService service, BackgroundExecutor background, Predicate<String> nameTaken) {
        this.service = service;
        this.background = background;
        this.nameTaken = nameTaken;
        this.templates = FXCollections.observableArrayList(service.templates());
        selected.addListener((obs, old, template) -> {
            if (template != null && (name.get().isBlank() || old != null && name.get().equals(old.id()))) {
                name.set(template.id());
            }
        });
        name.addListener((obs, old, now) -> refused.set(null));
        selected.set(templates.isEmpty() ? null : templates.getFirst());
        problem = Bindings.createStringBinding(this::currentProblem, name, selected, refused);
    }

    private String currentProblem() {
        String wanted = name.get().strip();
        if (selected.get() == null) {
            return "Choose a template.";
        }
        if (wanted.isEmpty()) {
            return "A project needs a name.";
        }
        if (nameTaken.test(wanted)) {
            return "A project named " + wanted + " already exists.";
        }
        return refused.get();
    }

    /** Creates the project in the background; a refusal (a task name taken, say) becomes the problem shown. */
    public void create(Consumer<Project> onCreated) {
        if (problem.get() != null || busy.get()) {
            return;
        }
        busy.set(true);
        NewProject request = new NewProject(name.get().strip(), selected.get().id(), withTasks.get(), false, null);
        background.run(() -> service.create(request), (CreatedProject created) -> {
            busy.set(false);
            onCreated.accept(created.project());
        }, error -> {
            busy.set(false);
            refused.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        });
    }

    public ObservableList<ProjectTemplate> templates() { return templates; }
    public ObjectProperty<ProjectTemplate> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public BooleanProperty withTasksProperty() { return withTasks; }
    public BooleanProperty busyProperty() { return busy; }
    public StringBinding problemProperty() { return problem; }
}
