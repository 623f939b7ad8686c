package io.kumo.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosixSpawnMemoryTest {

    @TempDir
    Path workDir;

    @BeforeEach
    void nativeSpawnIsAvailable() {
        assumeTrue(PosixSpawn.available(), "posix_spawn is Linux-only");
    }

    @Test
    void aStartedSpawnFreesItsNativeBuffersAtOnceInsteadOfWaitingForTheCollector() throws Exception {
        PosixSpawn.Prepared prepared = prepare();
        assertTrue(prepared.holdsNativeMemory());

        PosixSpawn.Child child = prepared.start();
        try {
            assertFalse(prepared.holdsNativeMemory());
        } finally {
            assertEquals(0, PosixSpawn.waitFor(child.pid()));
            child.stdout().close();
            child.stderr().close();
        }
    }

    @Test
    void aCancelledSpawnFreesItsNativeBuffersToo() throws Exception {
        PosixSpawn.Prepared prepared = prepare();

        prepared.cancel();

        assertFalse(prepared.holdsNativeMemory());
    }

    private PosixSpawn.Prepared prepare() throws Exception {
        return PosixSpawn.prepare(Path.of("/bin/true"), List.of("true"), workDir, Map.of("PATH", "/usr/bin:/bin"));
    }
}
