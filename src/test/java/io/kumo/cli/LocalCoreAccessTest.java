package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.instance.InstanceLock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCoreAccessTest {

    @TempDir
    Path dir;

    @Test
    void readingOpensOnlyTheStoreNotTheCore() {
        DataDirectory data = new DataDirectory(dir);
        try (InstanceLock lock = InstanceLock.acquire(data.ensureLayout().lockFile());
             LocalCoreAccess access = new LocalCoreAccess(data, lock)) {
            assertThat(access.reads()).isNotInstanceOf(KumoCore.class);
            assertThat(access.reads().taskService().list()).isEmpty();
        }
    }

    @Test
    void aChangeAfterAReadGoesThroughTheWholeCoreAndLands() {
        DataDirectory data = new DataDirectory(dir);
        try (InstanceLock lock = InstanceLock.acquire(data.ensureLayout().lockFile());
             LocalCoreAccess access = new LocalCoreAccess(data, lock)) {
            assertThat(access.reads().taskService().list()).isEmpty();
            Task task = new Task("nightly", "/bin/true");
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression("0 3 * * *");
            access.core().taskService().create(task);
            assertThat(access.reads()).isSameAs(access.core());
        }
        try (KumoCore core = TestCores.open(dir)) {
            assertThat(core.taskService().list()).extracting(Task::getName).containsExactly("nightly");
        }
    }
}
