package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two engines as nodes "a" and "b" of a cluster on one database: who records, runs, claims, stops and recovers what. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterEngineTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:00:30Z");
    static final Instant MINUTE_1 = Instant.parse("2026-05-04T10:01:00Z");

    @TempDir
    Path dir;
    ClusterFixture cluster;

    private ClusterFixture open(ProcessLauncher launcher) {
        MutableClock clock = new MutableClock(T0);
        cluster = new ClusterFixture(TestCores.open(dir.resolve("data"), clock), clock, launcher);
        return cluster;
    }

    private ClusterFixture open() {
        return open(new OsProcessLauncher());
    }

    @AfterEach
    void close() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyFireIsRecordedOnceAcrossBothNodesWithTheNodeThatTookIt() throws Exception {
        ClusterFixture kumo = open();
        Task tick = kumo.cronTask("tick", "* * * * *", "true");
        kumo.prepareBoth();

        for (int minute = 0; minute < 5; minute++) {
            kumo.tickBothAt(MINUTE_1.plusSeconds(60L * minute));
        }

        List<Run> runs = kumo.runsOf(tick);
        assertThat(runs).extracting(Run::getScheduledFor).containsExactly(MINUTE_1, MINUTE_1.plusSeconds(60),
                MINUTE_1.plusSeconds(120), MINUTE_1.plusSeconds(180), MINUTE_1.plusSeconds(240));
        assertThat(runs).extracting(Run::getNode).allMatch(node -> node.equals("a") || node.equals("b"));
    }

    @Test
    void aTaskLabelledForANodeRunsOnlyThere() throws Exception {
        ClusterFixture kumo = open();
        Task train = kumo.cronTask("train", "* * * * *", "true", "gpu"); // b carries gpu, a does not
        kumo.prepareBoth();

        kumo.tickBothAt(MINUTE_1);
        kumo.tickBothAt(MINUTE_1.plusSeconds(60));

        assertThat(kumo.a.nextFire(train.getId())).isEmpty();
        assertThat(kumo.runsOf(train)).hasSize(2).extracting(Run::getNode).containsOnly("b");
    }

    @Test
    void aManualRunOfATaskLabelledForAnotherNodeWaitsUnassigned() {
        ClusterFixture kumo = open();
        Task train = kumo.core.tasks().create(labelled(new Task("train", "true"), "gpu"));
        kumo.prepareBoth();

        Run run = kumo.a.runNow(train);

        assertThat(kumo.run(run.getId())).extracting(Run::getNode, Run::getStatus).containsExactly(null, RunStatus.QUEUED);
        assertThat(kumo.a.runningHere()).isZero();
    }

    @Test
    void aNodeThatRunsNoTasksRecordsManualRunsUnassignedAndTheNodeAdoptingThemRunsThem() {
        ClusterFixture kumo = open();
        kumo.seatA.runsTasks = false;
        Task tick = kumo.cronTask("tick", "* * * * *", "true");
        kumo.prepareBoth();
        assertThat(kumo.a.nextFire(tick.getId())).as("a schedules nothing").isEmpty();

        Run asked = kumo.a.runNow(tick);
        Run stored = kumo.run(asked.getId());
        assertThat(stored.getNode()).isNull();
        assertThat(stored.getStatus()).isEqualTo(RunStatus.QUEUED);

        kumo.sql("UPDATE runs SET node = 'b' WHERE id = ? AND node IS NULL", asked.getId()); // b's adoption
        kumo.b.adopt(List.of(kumo.run(asked.getId())));

        kumo.awaitStatus(asked.getId(), RunStatus.SUCCESS);
        assertThat(kumo.run(asked.getId()).getNode()).isEqualTo("b");
    }

    @Test
    void aRunWhoseNodeChangedBeforeItsClaimIsNotStarted() throws Exception {
        GateLauncher gate = new GateLauncher();
        ClusterFixture kumo = open(gate);
        Path started = dir.resolve("started");
        Task touch = kumo.manualTask("touch", "touch " + started);
        kumo.prepareBoth();

        Run run = kumo.b.runNow(touch);
        assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue(); // b prepares its launch
        kumo.sql("UPDATE runs SET node = 'a' WHERE id = ?", run.getId()); // taken over meanwhile
        gate.release.countDown();

        kumo.awaitRun(run.getId(), ignored -> kumo.b.runningHere() == 0, "b to drop the run");
        Run stored = kumo.run(run.getId());
        assertThat(stored.getClaimedAt()).isNull();
        assertThat(stored.getStatus()).isEqualTo(RunStatus.QUEUED);
        assertThat(started).doesNotExist();
    }

    @Test
    void losingTheLeaseStopsTheRunningTreeAndNothingIsClaimedUntilItIsRegained() throws Exception {
        ClusterFixture kumo = open();
        Task sleeper = kumo.manualTask("sleeper", "sleep 300");
        Task tick = kumo.cronTask("tick", "* * * * *", "true", "gpu"); // b's alone
        kumo.prepareBoth();
        Run running = kumo.b.runNow(sleeper);
        long pid = kumo.awaitRun(running.getId(), run -> run.getPid() != null && run.getStatus() == RunStatus.RUNNING,
                "sleeper running").getPid();

        kumo.seatB.lease = false;
        kumo.b.leaseLost();

        Run ended = kumo.awaitRun(running.getId(), run -> run.getStatus().isTerminal(), "sleeper ended");
        assertThat(ended.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(ended.getError()).contains("lease");
        kumo.awaitRun(running.getId(), ignored -> !EngineFixture.alive(pid), "the tree to be gone");
        kumo.tickBothAt(MINUTE_1);
        assertThat(kumo.runsOf(tick)).as("no fire recorded without the lease").isEmpty();
        Run manual = kumo.b.runNow(sleeper);
        assertThat(kumo.run(manual.getId()).getNode()).as("a manual run waits for another node").isNull();

        kumo.seatB.lease = true;
        kumo.b.leaseRegained();
        kumo.tickBothAt(MINUTE_1.plusSeconds(60));

        assertThat(kumo.runsOf(tick)).extracting(Run::getScheduledFor, Run::getNode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MINUTE_1.plusSeconds(60), "b"));
    }

    @Test
    void aStopAskedOnOneNodeForARunOfTheOtherIsCarriedOutThere() throws Exception {
        ClusterFixture kumo = open();
        Task sleeper = kumo.manualTask("sleeper", "sleep 300");
        kumo.prepareBoth();
        Run running = kumo.b.runNow(sleeper);
        long pid = kumo.awaitRun(running.getId(), run -> run.getPid() != null && run.getStatus() == RunStatus.RUNNING,
                "sleeper running").getPid();

        assertThat(kumo.a.stop(running.getId())).isTrue();
        assertThat(kumo.run(running.getId()).getStopRequestedAt()).isNotNull();
        assertThat(kumo.run(running.getId()).getStatus()).as("a does not end b's run itself").isEqualTo(RunStatus.RUNNING);

        List<Long> asked = kumo.b.runs().stopRequestsFor("b");
        assertThat(asked).containsExactly(running.getId());
        kumo.b.stopRequested(asked);
        kumo.b.stopRequested(asked); // seen again before it ended: nothing more

        kumo.awaitStatus(running.getId(), RunStatus.STOPPED);
        kumo.awaitRun(running.getId(), ignored -> !EngineFixture.alive(pid), "the tree to be gone");
        assertThat(kumo.b.runs().stopRequestsFor("b")).isEmpty();
    }

    @Test
    void aStopOfARunWaitingForANodeCancelsItAtOnce() {
        ClusterFixture kumo = open();
        kumo.seatA.runsTasks = false;
        Task tick = kumo.manualTask("tick", "true");
        kumo.prepareBoth();
        Run waiting = kumo.a.runNow(tick);

        assertThat(kumo.b.stop(waiting.getId())).isTrue();

        assertThat(kumo.run(waiting.getId()).getStatus()).isEqualTo(RunStatus.STOPPED);
    }

    @Test
    void recoveryAtStartTouchesOnlyTheNodesOwnRuns() {
        ClusterFixture kumo = open();
        Task tick = kumo.manualTask("tick", "true");
        Run ofA = kumo.a.runs().recordFire(tick, TriggerKind.MANUAL, T0.minusSeconds(30), RunStatus.QUEUED, T0, null).orElseThrow();
        Run ofB = kumo.b.runs().recordFire(tick, TriggerKind.MANUAL, T0.minusSeconds(20), RunStatus.QUEUED, T0, null).orElseThrow();
        Run queuedOfB = kumo.b.runs().recordFire(tick, TriggerKind.MANUAL, T0.plusSeconds(3600), RunStatus.QUEUED, T0, null)
                .orElseThrow();
        kumo.sql("UPDATE runs SET status = 'RUNNING', started_at = ? WHERE id IN (?, ?)", T0.minusSeconds(10).toEpochMilli(),
                ofA.getId(), ofB.getId());

        kumo.a.prepare();

        assertThat(kumo.run(ofA.getId()).getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(kumo.run(ofB.getId()).getStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(kumo.run(queuedOfB.getId()).getStatus()).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void aRunEndedByTheFailoverIsNotOverwrittenByItsFormerNode() {
        ClusterFixture kumo = open();
        Task tick = kumo.manualTask("tick", "true");
        Run run = kumo.b.runs().recordFire(tick, TriggerKind.MANUAL, T0, RunStatus.QUEUED, T0, null).orElseThrow();
        kumo.sql("UPDATE runs SET status = 'INTERRUPTED', error = 'node b was declared dead' WHERE id = ?", run.getId());

        run.setStatus(RunStatus.SUCCESS);
        kumo.b.runs().updateAll(List.of(run));
        kumo.b.runs().update(run);

        assertThat(kumo.run(run.getId())).extracting(Run::getStatus, Run::getError)
                .containsExactly(RunStatus.INTERRUPTED, "node b was declared dead");
    }

    @Test
    void aFullNodeLeavesAFireToTheOthersAndTakesItTwoSecondsLateWhenNoneDid() throws Exception {
        ClusterFixture kumo = open();
        kumo.seatA.runsTasks = false; // b alone takes fires
        kumo.seatB.maxRuns = 1;
        Task sleeper = kumo.manualTask("sleeper", "sleep 300");
        Task tick = kumo.cronTask("tick", "* * * * *", "true");
        kumo.prepareBoth();
        Run busy = kumo.b.runNow(sleeper);
        kumo.awaitRun(busy.getId(), run -> run.getStatus() == RunStatus.RUNNING, "sleeper running");

        kumo.tickBothAt(MINUTE_1);
        assertThat(kumo.runsOf(tick)).as("left to a free node at first").isEmpty();
        kumo.tickBothAt(MINUTE_1.plus(Engine.BUSY_YIELD));

        assertThat(kumo.runsOf(tick)).extracting(Run::getScheduledFor, Run::getNode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MINUTE_1, "b"));
        kumo.b.stop(busy.getId());
    }

    private static Task labelled(Task task, String labels) {
        task.setNodeLabels(labels);
        return task;
    }

    /** Holds each launch in its preparation until released; then launches it for real. */
    static final class GateLauncher implements ProcessLauncher {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final OsProcessLauncher real = new OsProcessLauncher();

        @Override
        public PreparedLaunch prepare(LaunchSpec spec) throws IOException {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.prepare(spec);
        }
    }
}
