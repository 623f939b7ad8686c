package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.domain.Project;
import io.kumo.template.ProjectTemplate;
import io.kumo.template.SuggestedTask;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "New from template": the templates on the left; the chosen one's description, files and task; the name below. */
final class NewFromTemplateDialog extends Dialog<Void> {

    static final ButtonType CREATE = new ButtonType("Create", ButtonType.OK.getButtonData());

    NewFromTemplateDialog(Window owner, NewFromTemplateModel model, Consumer<Project> onCreated) {
        initOwner(owner);
        setTitle("New project from a template");
        setHeaderText("Start a project from a template");
        setResizable(true);

        ListView<ProjectTemplate> list = new ListView<>(model.templates());
        list.setId("template-list");
        list.setPrefSize(260, 300);
        list.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProjectTemplate template, boolean empty) {
                super.updateItem(template, empty);
                setText(empty || template == null ? null : template.title());
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, template) -> model.selectedProperty().set(template));

        Label description = new Label();
        description.setId("template-description");
        description.setWrapText(true);
        Label files = new Label();
        files.setId("template-files");
        files.getStyleClass().add(Styles.TEXT_MUTED);
        files.setWrapText(true);
        Label task = new Label();
        task.setId("template-task");
        task.getStyleClass().add(Styles.TEXT_MUTED);
        task.setWrapText(true);
        model.selectedProperty().addListener((obs, old, template) -> show(template, description, files, task));
        show(model.selectedProperty().get(), description, files, task);
        VBox details = new VBox(10, description, files, task);
        details.setPrefWidth(380);
        HBox.setHgrow(details, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("template-project-name");
        name.setPromptText("Project name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label problem = new Label();
        problem.setId("template-name-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        CheckBox withTasks = new CheckBox("Also create its suggested task (paused until you enable it)");
        withTasks.setId("template-with-tasks");
        withTasks.selectedProperty().bindBidirectional(model.withTasksProperty());

        VBox content = new VBox(12, new HBox(16, list, details), new Label("Project name"), name, problem, withTasks);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("template-create");
        create.disableProperty().bind(model.problemProperty().isNotNull().or(model.busyProperty()));
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.create(project -> {
                close();
                onCreated.accept(project);
            });
        });
        setOnShown(event -> name.requestFocus());
    }

    private static void show(ProjectTemplate template, Label description, Label files, Label task) {
        if (template == null) {
            description.setText("");
            files.setText("");
            task.setText("");
            return;
        }
        description.setText(template.description());
        files.setText("Files: " + String.join(", ", template.files()));
        task.setText(template.tasks().isEmpty() ? "" : "Task: " + template.tasks().stream()
                .map(NewFromTemplateDialog::describe).reduce((a, b) -> a + "; " + b).orElse(""));
    }

    private static String describe(SuggestedTask suggested) {
        return suggested.command() + (suggested.cron() == null ? "" : ", cron " + suggested.cron());
    }
}
