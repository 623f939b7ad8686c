package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.service.RecordingScheduling;
import io.kumo.service.TaskVariables.Variable;
import io.kumo.service.TaskVariables;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor saves through the task service, on a real store, with background work done on the calling thread. */
class TaskEditorViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    final RecordingScheduling scheduling = new RecordingScheduling();
    final List<Task> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        core.taskService().scheduleWith(scheduling);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private TaskEditorViewModel editor(Task task) {
        return new TaskEditorViewModel(PaneServices.of(core), new SameThreadBackground(), new EditorSetup(task, List.of(), List.of()));
    }

    private Task stored(String variablesJson) {
        Task task = new Task("report", "python3 main.py");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 3 * * *");
        task.setEnvironmentVariables(variablesJson);
        return core.taskService().create(task);
    }

    @Test
    void aNewTaskIsSavedAndScheduledAtOnce() {
        TaskEditorViewModel editor = editor(null);
        editor.nameProperty().set("report");
        editor.commandProperty().set("python3 main.py");
        editor.triggerTypeProperty().set(TriggerType.CRON);
        editor.cron().textProperty().set("0 3 * * *");
        editor.addVariable();
        editor.variables().getFirst().nameProperty().set("MODE");
        editor.variables().getFirst().valueProperty().set("a=b");

        editor.save(saved::add);

        assertThat(saved).singleElement().extracting(Task::getName).isEqualTo("report");
        assertThat(scheduling.told).containsExactly("changed report");
        assertThat(TaskVariables.decode(core.taskService().named("report").getEnvironmentVariables()))
                .containsExactly(new Variable("MODE", "a=b"));
        assertThat(editor.savingProperty().get()).isFalse();
    }

    @Test
    void variablesWithLineBreaksAndEqualsSignsSurviveAnEdit() {
        String variables = TaskVariables.encode(List.of(new Variable("PEM", "line 1\nline=2\n"), new Variable("EMPTY", "")));
        Task task = stored(variables);
        TaskEditorViewModel editor = editor(task);
        assertThat(editor.variables()).extracting(row -> row.nameProperty().get()).containsExactly("PEM", "EMPTY");

        editor.descriptionProperty().set("edited");
        editor.save(saved::add);

        Task after = core.taskService().get(task.getId());
        assertThat(after.getDescription()).isEqualTo("edited");
        assertThat(after.getEnvironmentVariables()).isEqualTo(variables);
    }

    @Test
    void aTaskDeletedWhileItWasEditedSaysSo() {
        Task task = stored(null);
        TaskEditorViewModel editor = editor(task);
        core.taskService().delete(task.getId());

        editor.descriptionProperty().set("edited");
        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.messageProperty().get()).isEqualTo("The task was deleted while you edited it");
        assertThat(editor.savingProperty().get()).isFalse();
    }

    @Test
    void anInvalidFormIsNotSaved() {
        TaskEditorViewModel editor = editor(null);
        editor.nameProperty().set("report");
        editor.commandProperty().set("echo 'open");
        editor.triggerTypeProperty().set(TriggerType.MANUAL);

        editor.save(saved::add);

        assertThat(editor.problemProperty().get()).startsWith("command:");
        assertThat(saved).isEmpty();
        assertThat(core.taskService().list()).isEmpty();
    }
}
