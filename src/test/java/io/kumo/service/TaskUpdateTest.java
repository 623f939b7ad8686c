package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit is made on the task as stored when it is saved (no lost update), and a name taken is a conflict. */
class TaskUpdateTest {

    @TempDir
    Path dir;
    KumoCore core;
    TaskService tasks;

    @BeforeEach
    void open() {
        core = openCore(dir, TestCores.fixedClock());
        tasks = core.taskService();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aPauseMadeWhileAnEditIsMadeIsNotUndoneByIt() {
        long id = tasks.create(new Task("job", "python3 old.py")).getId();
        AtomicInteger calls = new AtomicInteger();

        Task saved = tasks.update(id, task -> {
            if (calls.incrementAndGet() == 1) {
                tasks.pause(id); // between this edit's read and its write
            }
            task.setCommand("python3 new.py");
            return task;
        });

        assertThat(saved.getCommand()).isEqualTo("python3 new.py");
        assertThat(saved.isEnabled()).isFalse();
        Task stored = tasks.get(id);
        assertThat(stored.getCommand()).isEqualTo("python3 new.py");
        assertThat(stored.isEnabled()).as("the pause is kept").isFalse();
        assertThat(calls).hasValue(2);
    }

    @Test
    void pausingAPausedTaskWritesNothing() {
        long id = tasks.create(new Task("job", "true")).getId();
        Task paused = tasks.pause(id);

        Task again = tasks.pause(id);

        assertThat(again.isEnabled()).isFalse();
        assertThat(again.getUpdatedAt()).isEqualTo(paused.getUpdatedAt());
    }

    @Test
    void aNameTakenIsAConflictOnCreateAndOnRenameStillAValidationException() {
        tasks.create(new Task("taken", "true"));
        long other = tasks.create(new Task("other", "true")).getId();

        assertThatThrownBy(() -> tasks.create(new Task("taken", "true")))
                .isInstanceOf(ConflictException.class).isInstanceOf(ValidationException.class)
                .hasMessage("Task name: 'taken' is already used");
        assertThatThrownBy(() -> tasks.update(other, task -> {
            task.setName("taken");
            return task;
        })).isInstanceOf(ConflictException.class);
        assertThat(tasks.get(other).getName()).isEqualTo("other");
    }

    @Test
    void anEditOfATaskDeletedMeanwhileIsRefused() {
        long id = tasks.create(new Task("gone", "true")).getId();
        tasks.delete(id);

        assertThatThrownBy(() -> tasks.update(id, task -> task)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no longer exists");
    }

    /** The core under test, on H2; {@code PostgresTaskUpdateTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
