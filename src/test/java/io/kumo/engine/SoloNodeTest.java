package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On one machine the engine behaves as ever, and every run it records carries this machine's node name. */
class SoloNodeTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:00:30Z");
    static final Instant MINUTE_1 = Instant.parse("2026-05-04T10:01:00Z");

    @TempDir
    Path dir;
    EngineFixture kumo;

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void firesAndManualRunsCarryTheMachinesNodeName() {
        Task tick = kumo.cronTask("tick", "* * * * *", "true");
        kumo.engine.prepare();

        kumo.tickAt(MINUTE_1);
        kumo.engine.runNow(tick);

        String self = kumo.core.nodes().self();
        assertThat(kumo.runsOf(tick)).hasSize(2).extracting(Run::getNode).containsOnly(self);
        assertThat(kumo.engine.seat().clustered()).isFalse();
    }

    @Test
    void aQueuedRunOfAnOlderKumoWithoutNodeIsStillResumedAtStart() {
        Task tick = kumo.cronTask("tick", "0 0 1 1 *", "true");
        Run old = new RunStore(kumo.core.database()).recordFire(tick, TriggerKind.MANUAL, T0.minusSeconds(5), RunStatus.QUEUED,
                T0.minusSeconds(5), null).orElseThrow();
        assertThat(old.getNode()).isNull();

        kumo.engine.prepare();

        assertThat(kumo.awaitStatus(tick, RunStatus.SUCCESS).getId()).isEqualTo(old.getId());
    }
}
