package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.conditions.Answer;
import io.kumo.domain.Run;
import io.kumo.domain.RunConditions;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.FakeConditions;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one database, one on battery and one on AC: each run's conditions are checked by the node that runs it. */
@DisabledOnOs(OS.WINDOWS)
class ClusterRunConditionsTest {

    static final Instant FIRE = Instant.parse("2026-05-04T10:05:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    KumoCore core;
    FakeConditions onBattery;
    FakeConditions onAc;
    Engine a;
    Engine b;

    @BeforeEach
    void open() {
        clock = new MutableClock(FIRE.minusSeconds(60));
        core = TestCores.open(dir, clock);
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        onBattery = new FakeConditions();
        onBattery.onAc = Answer.NO;
        onAc = new FakeConditions();
        a = ClusterFixture.engineOn(core, clock, new TestSeat("a", "laptop"), new OsProcessLauncher(), onBattery);
        b = ClusterFixture.engineOn(core, clock, new TestSeat("b", "server"), new OsProcessLauncher(), onAc);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        core.close();
    }

    private Task acTask(String name, String label) {
        Task task = new Task(name, "python3 -c \"print('plugged in')\"");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("*/5 * * * *");
        task.setTimeZone("UTC");
        task.setNodeLabels(label);
        task.setConditions(new RunConditions(true, false, null, null, false, 0));
        return core.tasks().create(task);
    }

    private Run ended(Task task) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Run> runs = a.runs().latest(task.getId(), null, 10);
            if (!runs.isEmpty() && runs.getFirst().getStatus().isTerminal()) {
                return runs.getFirst();
            }
            EngineFixture.sleep(25);
        }
        throw new AssertionError("no ended run of " + task.getName());
    }

    @Test
    void theNodeThatRunsTheTaskChecksItsOwnPower() {
        Task onLaptop = acTask("on-the-laptop", "laptop");
        Task onServer = acTask("on-the-server", "server");
        a.prepare();
        b.prepare();

        clock.set(FIRE);
        a.scheduler().tick();
        b.scheduler().tick();

        Run laptopRun = ended(onLaptop);
        assertThat(laptopRun.getNode()).isEqualTo("a");
        assertThat(laptopRun.getStatus()).isEqualTo(RunStatus.SKIPPED);
        assertThat(laptopRun.getError()).isEqualTo("skipped: not on AC power");
        Run serverRun = ended(onServer);
        assertThat(serverRun.getNode()).isEqualTo("b");
        assertThat(serverRun.getStatus()).isEqualTo(RunStatus.SUCCESS);
    }
}
