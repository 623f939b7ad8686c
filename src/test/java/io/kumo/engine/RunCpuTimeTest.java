package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU time a run's process spent lands in runs.cpu_millis when the run ends. */
class RunCpuTimeTest {

    /** Burns about 1.5 s of CPU, then idles past the next sample so the sampler sees all of it. */
    static final String BURN = "python3 -c \"import time\nend = time.process_time() + 1.5\nwhile time.process_time() < end: pass\n"
            + "time.sleep(1.5)\"";

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, Instant.parse("2026-05-04T10:00:00Z"));
        kumo.engine.start(); // the sampler's thread runs only in a started engine
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void aRunThatBurnsCpuRecordsItsCpuTime() {
        Task task = kumo.core.tasks().create(new Task("burner", BURN));

        kumo.engine.runNow(task);
        Run ended = kumo.awaitStatus(task, RunStatus.SUCCESS);

        Run stored = kumo.engine.runs().find(ended.getId()).orElseThrow();
        assertThat(stored.getCpuMillis()).as("CPU ms of a 1.5 s busy loop").isBetween(500L, 1_500L + 1_500L);
        assertThat(stored.getPeakRss()).isPositive();
    }
}
