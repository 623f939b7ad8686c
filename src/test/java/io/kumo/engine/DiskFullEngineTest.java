package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.storage.StoreException;
import io.kumo.testkit.Tmpfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a real 20 MB tmpfs that a filler file makes full, with real H2 and real processes. */
@EnabledOnOs(OS.LINUX)
class DiskFullEngineTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final Instant FIRE = Instant.parse("2026-05-04T10:03:00Z");

    @TempDir
    Path temp;
    Tmpfs disk;
    EngineFixture kumo;

    @BeforeEach
    void open() throws Exception {
        disk = Tmpfs.mount(temp.resolve("disk"), 20);
        kumo = new EngineFixture(disk.root().resolve("data"), T0);
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (kumo != null) {
                disk.free();
                kumo.close();
            }
        } finally {
            disk.close();
        }
    }

    /**
     * H2 writes committed changes to its file in the background, within about a second; what is on disk before the
     * disk fills is the starting point here (a disk filling in that second is the synchronous-commit work's case).
     */
    private void fillTheDisk() throws Exception {
        kumo.core.database().runs().executeRaw("CHECKPOINT");
        disk.fill();
    }

    @Test
    void aFireWhileTheDiskIsFullIsRecordedMissedOnceSpaceReturns() throws Exception {
        Task task = kumo.cronTask("every-minute", "* * * * *", "true");
        kumo.engine.prepare();
        fillTheDisk();

        kumo.tickAt(FIRE);

        assertThat(kumo.runsOf(task)).isEmpty();
        assertThat(kumo.core.storage().isFull()).isTrue();
        assertThat(kumo.core.storage().state().get().freeMegabytes()).isZero();

        disk.free(); // the probe sees the space within seconds; nothing else writes meanwhile
        Run missed = kumo.awaitStatus(task, RunStatus.MISSED);
        assertThat(missed.getScheduledFor()).isEqualTo(FIRE);
        assertThat(missed.getError()).isEqualTo("not run: the disk was full");
        assertThat(kumo.core.storage().isFull()).isFalse();
        assertThat(kumo.core.tasks().findById(task.getId()).orElseThrow().getLastFiredAt()).isEqualTo(FIRE);
    }

    @Test
    void aRunEndingWhileTheDiskIsFullGetsItsEndRecordOnceSpaceReturns() throws Exception {
        Task task = kumo.cronTask("slow", "* * * * *", "sleep 1");
        kumo.engine.prepare();
        kumo.tickAt(FIRE);
        Run running = kumo.awaitStatus(task, RunStatus.RUNNING);
        fillTheDisk();

        awaitTrue(() -> kumo.core.engineStatus().runningRuns().get() == 0, "the run to end");

        disk.free();
        Run ended = awaitTerminal(running.getId());
        assertThat(ended.getId()).isEqualTo(running.getId());
        assertThat(ended.getEndedAt()).isNotNull();
        assertThat(ended.getExitCode()).isZero();
    }

    /** H2 may be closed after a write of its own failed; reads work again once it reopens with space back. */
    private Run awaitTerminal(long runId) {
        Run[] found = new Run[1];
        awaitTrue(() -> {
            try {
                found[0] = kumo.engine.runs().find(runId).filter(run -> run.getStatus().isTerminal()).orElse(null);
            } catch (StoreException notYet) {
                return false;
            }
            return found[0] != null;
        }, "the end record of run #" + runId);
        return found[0];
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            EngineFixture.sleep(25);
        }
    }

    @Test
    void closingWhileTheDiskIsFullNamesTheFiresThatWereNotRecorded() throws Exception {
        Task task = kumo.cronTask("every-minute", "* * * * *", "true");
        kumo.engine.prepare();
        fillTheDisk();
        kumo.tickAt(FIRE);
        kumo.tickAt(FIRE.plusSeconds(60));

        kumo.engine.close();

        assertThat(kumo.engine.unsaved()).containsExactly("2 fires of 'every-minute' that did not run (no record of them)");
        assertThat(kumo.runsOf(task)).isEmpty();
    }
}
