package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.service.RecordingScheduling;
import io.kumo.service.TaskVariables;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crontab import dialog's state: preview rows as typed, then tasks made through the task service. */
class CrontabImportViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    final RecordingScheduling scheduling = new RecordingScheduling();
    int imported;
    CrontabImportViewModel model;

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        core.taskService().scheduleWith(scheduling);
        model = new CrontabImportViewModel(core.taskService(), new SameThreadBackground(), () -> imported++);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void acceptedLinesBecomeScheduledTasksWithTheCrontabsVariables() {
        model.textProperty().set("MODE=a=b\n*/5 * * * * /usr/bin/backup.sh\n61 * * * * broken\n");
        assertThat(model.rows()).extracting(CrontabRow::importable).containsExactly(true, false);

        model.importAccepted();

        List<Task> tasks = core.taskService().list();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.getCronExpression()).isEqualTo("*/5 * * * *");
            assertThat(TaskVariables.decodeMap(task.getEnvironmentVariables())).containsEntry("MODE", "a=b");
        });
        assertThat(scheduling.told).containsExactly("changed " + tasks.getFirst().getName());
        assertThat(model.resultProperty().get()).startsWith("Created 1 task: line 2");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(imported).isEqualTo(1);
    }

    @Test
    void aLineImportedTwiceGetsANumberedName() {
        model.textProperty().set("0 3 * * * /usr/bin/backup.sh\n");
        model.importAccepted();
        model.rows().forEach(row -> row.acceptedProperty().set(true));

        model.importAccepted();

        List<String> names = core.taskService().list().stream().map(Task::getName).toList();
        assertThat(names).hasSize(2);
        assertThat(names.get(1)).isEqualTo(names.get(0) + "-2");
    }
}
