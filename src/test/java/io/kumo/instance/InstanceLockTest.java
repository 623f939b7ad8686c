package io.kumo.instance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void secondLockOnTheSameDirectoryIsRefusedWithTheOwnersPid() {
        try (InstanceLock first = InstanceLock.acquire(dir.resolve("kumo.lock"))) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir.resolve("kumo.lock")))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void closedLockCanBeTakenAgain() {
        InstanceLock.acquire(dir.resolve("kumo.lock")).close();
        InstanceLock.acquire(dir.resolve("kumo.lock")).close();
    }
}
