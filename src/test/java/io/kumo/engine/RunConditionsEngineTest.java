package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.conditions.Answer;
import io.kumo.domain.OverlapPolicy;
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
import java.nio.file.Files;
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

/**
 * Run conditions in the engine, on a fake computer and a settable clock (no timer thread: the test rechecks itself),
 * with real python3 runs: a scheduled run whose conditions fail is skipped at once or waits outside the concurrency
 * limit until they hold or its wait is over; a manual run ignores them.
 */
@DisabledOnOs(OS.WINDOWS)
class RunConditionsEngineTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final Instant FIRE = Instant.parse("2026-05-04T10:05:00Z");
    static final String QUICK = "python3 -c \"print('conditions held')\"";
    static final String SLOW = "python3 -c \"import time; time.sleep(60)\"";

    @TempDir
    Path dir;
    MutableClock clock;
    KumoCore core;
    FakeConditions computer;
    Engine engine;

    @BeforeEach
    void open() {
        clock = new MutableClock(T0);
        core = TestCores.open(dir, clock);
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        computer = new FakeConditions();
        engine = engineOn(computer);
        engine.prepare();
    }

    @AfterEach
    void close() {
        engine.close();
        core.close();
    }

    private Engine engineOn(FakeConditions source) {
        return ClusterFixture.engineOn(core, clock, NodeSeat.solo("here"), new OsProcessLauncher(), source);
    }

    private Task task(String name, String command, RunConditions conditions) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("*/5 * * * *");
        task.setTimeZone("UTC");
        task.setConditions(conditions);
        Task created = core.tasks().create(task);
        engine.taskChanged(created);
        return created;
    }

    private static RunConditions onlyOnAc(long waitSeconds) {
        return new RunConditions(true, false, null, null, false, waitSeconds);
    }

    private void tickAt(Instant instant) {
        clock.set(instant);
        engine.scheduler().tick();
    }

    private List<Run> runsOf(Task task) {
        return engine.runs().latest(task.getId(), null, 100).reversed();
    }

    private Run await(Task task, java.util.function.Predicate<Run> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (Run run : runsOf(task)) {
                if (condition.test(run)) {
                    return run;
                }
            }
            EngineFixture.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what + "; runs: " + EngineFixture.describe(runsOf(task)));
    }

    private Run awaitWaiting(Task task) {
        return await(task, run -> run.getStatus() == RunStatus.QUEUED && run.getError() != null, task.getName() + " waiting");
    }

    @Test
    void aFireWhoseConditionFailsWithNoWaitIsSkippedAtOnceWithTheReason() {
        computer.onAc = Answer.NO;
        Task task = task("on-battery", QUICK, onlyOnAc(0));

        tickAt(FIRE);

        Run run = await(task, r -> r.getStatus().isTerminal(), "the fire's end");
        assertThat(run.getStatus()).isEqualTo(RunStatus.SKIPPED);
        assertThat(run.getError()).isEqualTo("skipped: not on AC power");
        assertThat(run.getPid()).isNull();
    }

    @Test
    void aWaitingRunStartsWhenItsConditionsHoldAndItsLogSaysHowLongItWaited() throws Exception {
        computer.onAc = Answer.NO;
        Task task = task("waits-for-ac", QUICK, onlyOnAc(1800));

        tickAt(FIRE);
        Run waiting = awaitWaiting(task);
        assertThat(waiting.getError()).isEqualTo("waiting up to 30 min for its conditions: not on AC power");
        assertThat(engine.runningHere()).isZero();

        clock.set(FIRE.plus(Duration.ofMinutes(6)));
        engine.recheckConditions(); // still on battery: still waiting
        computer.onAc = Answer.YES;
        clock.set(FIRE.plus(Duration.ofMinutes(12)));
        engine.recheckConditions();

        Run run = await(task, r -> r.getStatus().isTerminal(), "the run's end");
        assertThat(run.getId()).isEqualTo(waiting.getId());
        assertThat(run.getStatus()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.getError()).isNull();
        assertThat(Files.readString(Path.of(run.getLogPath()))).contains("waited 12 min for AC power").contains("conditions held");
    }

    @Test
    void aWaitingRunIsSkippedWhenItsWaitIsOver() {
        computer.onAc = Answer.NO;
        Task task = task("never-plugged-in", QUICK, onlyOnAc(1800));

        tickAt(FIRE);
        awaitWaiting(task);
        clock.set(FIRE.plus(Duration.ofMinutes(29)));
        engine.recheckConditions();
        clock.set(FIRE.plus(Duration.ofMinutes(30)));
        engine.recheckConditions();

        Run run = await(task, r -> r.getStatus().isTerminal(), "the run's end");
        assertThat(run.getStatus()).isEqualTo(RunStatus.SKIPPED);
        assertThat(run.getError()).isEqualTo("skipped: not on AC power for 30 min");
        assertThat(run.getStartedAt()).isNull();
    }

    @Test
    void aManualRunIgnoresTheConditions() {
        computer.onAc = Answer.NO;
        Task task = task("run-now", QUICK, onlyOnAc(0));

        Run run = engine.runNow(task);

        Run ended = await(task, r -> r.getId().equals(run.getId()) && r.getStatus().isTerminal(), "the manual run's end");
        assertThat(ended.getStatus()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aWebhookRunIsHeldByTheConditionsLikeAScheduledOne() throws Exception {
        computer.onAc = Answer.NO;
        Task task = task("hooked", QUICK, onlyOnAc(0));
        Path payload = Files.writeString(dir.resolve("payload.json"), "{}");

        Run run = engine.runNow(task, payload);

        Run ended = await(task, r -> r.getId().equals(run.getId()) && r.getStatus().isTerminal(), "the webhook run's end");
        assertThat(ended.getStatus()).isEqualTo(RunStatus.SKIPPED);
        assertThat(ended.getError()).isEqualTo("skipped: not on AC power");
    }

    @Test
    void aWaitingRunTakesNoConcurrencySlot() {
        core.settings().set(Settings.MAX_CONCURRENT_RUNS, 1);
        computer.onAc = Answer.NO;
        Task held = task("held", QUICK, onlyOnAc(1800));
        Task free = new Task("free", QUICK);
        free.setOverlapPolicy(OverlapPolicy.ALLOW);
        free = core.tasks().create(free);

        tickAt(FIRE);
        awaitWaiting(held);
        Run other = engine.runNow(free);

        Task freeTask = free;
        assertThat(await(freeTask, r -> r.getId().equals(other.getId()) && r.getStatus().isTerminal(), "free's end").getStatus())
                .isEqualTo(RunStatus.SUCCESS);
        assertThat(runsOf(held)).extracting(Run::getStatus).containsExactly(RunStatus.QUEUED);
    }

    @Test
    void stoppingAWaitingRunCancelsIt() {
        computer.onAc = Answer.NO;
        Task task = task("cancelled", SLOW, onlyOnAc(1800));
        tickAt(FIRE);
        Run waiting = awaitWaiting(task);

        assertThat(engine.stop(waiting.getId())).isTrue();
        computer.onAc = Answer.YES;
        engine.recheckConditions();

        Run run = await(task, r -> r.getStatus().isTerminal(), "the run's end");
        assertThat(run.getStatus()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.getError()).isEqualTo("cancelled before it started");
        assertThat(run.getStartedAt()).isNull();
    }

    @Test
    void anotherFireOfAWaitingTaskIsSkippedWhenItsRunsMayNotOverlap() {
        computer.onAc = Answer.NO;
        Task task = task("one-at-a-time", QUICK, onlyOnAc(3600));
        tickAt(FIRE);
        Run waiting = awaitWaiting(task);

        tickAt(FIRE.plus(Duration.ofMinutes(5)));

        Run second = await(task, r -> r.getStatus() == RunStatus.SKIPPED, "the second fire skipped");
        assertThat(second.getError()).isEqualTo("skipped: run #" + waiting.getId() + " of this task is still waiting for its conditions");
    }

    @Test
    void anUnknownIdleTimeDoesNotHoldTheRunBackAndItsLogSaysSo() throws Exception {
        computer.idle = null;
        Task task = task("idle-unknown", QUICK, new RunConditions(false, false, null, 600L, false, 0));

        tickAt(FIRE);

        Run run = await(task, r -> r.getStatus().isTerminal(), "the run's end");
        assertThat(run.getStatus()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Files.readString(Path.of(run.getLogPath())))
                .contains("the idle time is unknown here (the idle condition was not applied)");
    }

    @Test
    void inABurstOfFiresOnlyTheTaskWhoseConditionsFailIsSkipped() {
        computer.online = Answer.NO;
        Task offline = task("needs-network", QUICK, new RunConditions(false, true, null, null, false, 0));
        Task plain = task("no-conditions", QUICK, RunConditions.NONE);

        tickAt(FIRE); // both fire on the same instant: recorded together

        assertThat(await(offline, r -> r.getStatus().isTerminal(), "the offline fire's end").getError())
                .isEqualTo("skipped: no network");
        assertThat(await(plain, r -> r.getStatus().isTerminal(), "the plain fire's end").getStatus())
                .isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aWaitingRunFollowsItsTasksConditionsAsTheyAreNow() {
        computer.onAc = Answer.NO;
        Task task = task("edited-while-waiting", QUICK, onlyOnAc(1800));
        tickAt(FIRE);
        awaitWaiting(task);

        task.setConditions(RunConditions.NONE);
        core.tasks().update(task);
        engine.recheckConditions();

        assertThat(await(task, r -> r.getStatus().isTerminal(), "the run's end").getStatus()).isEqualTo(RunStatus.SUCCESS);
    }
}
