package io.kumo.engine;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.ProxyEnvironment;
import io.kumo.settings.Settings;
import io.kumo.storage.StoreException;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Two nodes of a cluster on one database in one JVM: one real core (its H2 database, tasks, settings, audit) and an
 * engine per node, each on its own {@link TestSeat} ("a" and "b"), driven by one settable clock (no timer threads).
 */
final class ClusterFixture implements AutoCloseable {

    final MutableClock clock;
    final KumoCore core;
    final TestSeat seatA = new TestSeat("a");
    final TestSeat seatB = new TestSeat("b", "gpu");
    final Engine a;
    final Engine b;

    ClusterFixture(KumoCore core, MutableClock clock, ProcessLauncher launcher) {
        this.clock = clock;
        this.core = core;
        core.settings().set(Settings.STOP_GRACE_SECONDS, 2);
        a = engineOn(core, clock, seatA, launcher);
        b = engineOn(core, clock, seatB, launcher);
    }

    ClusterFixture(KumoCore core, MutableClock clock) {
        this(core, clock, new OsProcessLauncher());
    }

    /** An engine on the core's services, sitting on {@code seat} (as the composition root builds one). */
    static Engine engineOn(KumoCore core, java.time.Clock clock, NodeSeat seat, ProcessLauncher launcher) {
        return engineOn(core, clock, seat, launcher, io.kumo.conditions.ConditionSource.UNKNOWN);
    }

    /** As above, run conditions answered by {@code conditions}. */
    static Engine engineOn(KumoCore core, java.time.Clock clock, NodeSeat seat, ProcessLauncher launcher,
                           io.kumo.conditions.ConditionSource conditions) {
        LaunchContext launch = new LaunchContext(core.dataDirectory().root(), core.dataDirectory().runLogs(),
                core.projects()::findById, core.environments()::findById, System.getenv(),
                () -> ProxyEnvironment.of(core.settings()), () -> core.mirrors().taskEnvironment(),
                () -> core.variableService().forRuns(), () -> 16L * 1024 * 1024);
        EngineTasks tasks = new EngineTasks() {
            @Override
            public Optional<Task> find(long id) {
                return core.tasks().findById(id);
            }

            @Override
            public List<Task> all() {
                return core.tasks().list();
            }
        };
        return new Engine(new EngineServices(clock, tasks, new RunStore(core.database()), core.audit(), core.settings(),
                new EngineStatus(), core.storage().state(), launcher, new LaunchSpecFactory(launch), new ResourceSampler(),
                EngineExecutors.named(), seat, conditions));
    }

    Task cronTask(String name, String cron, String command) {
        return cronTask(name, cron, command, null);
    }

    Task cronTask(String name, String cron, String command, String nodeLabels) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(cron);
        task.setTimeZone("UTC");
        task.setNodeLabels(nodeLabels);
        return core.tasks().create(task);
    }

    Task manualTask(String name, String command) {
        return core.tasks().create(new Task(name, command));
    }

    void prepareBoth() {
        a.prepare();
        b.prepare();
    }

    /** Both nodes' schedulers take a pass at {@code instant}, at the same time from two threads. */
    void tickBothAt(Instant instant) throws InterruptedException {
        clock.set(instant);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        Thread first = Thread.ofPlatform().start(() -> tickAfter(together, a));
        Thread second = Thread.ofPlatform().start(() -> tickAfter(together, b));
        first.join();
        second.join();
    }

    private static void tickAfter(java.util.concurrent.CyclicBarrier together, Engine engine) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        engine.scheduler().tick();
    }

    List<Run> runsOf(Task task) {
        return a.runs().latest(task.getId(), null, 1000).reversed();
    }

    Run run(long id) {
        return a.runs().find(id).orElseThrow();
    }

    Run awaitRun(long id, java.util.function.Predicate<Run> condition, String what) {
        return awaitRun(() -> List.of(run(id)), condition, what);
    }

    Run awaitRun(java.util.function.Supplier<List<Run>> runs, java.util.function.Predicate<Run> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (Run run : runs.get()) {
                if (condition.test(run)) {
                    return run;
                }
            }
            EngineFixture.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what + "; runs: " + EngineFixture.describe(runs.get()));
    }

    void awaitStatus(long id, RunStatus status) {
        awaitRun(id, run -> run.getStatus() == status, "run #" + id + " " + status);
    }

    /** Plain SQL on the shared database, as another node's cluster loop (adoption, failover) writes it. */
    int sql(String statement, Object... values) {
        return core.database().inTransaction(() -> StoreException.unchecked(() -> core.database().withConnection(connection -> {
            try (var update = connection.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        })));
    }

    @Override
    public void close() {
        a.close();
        b.close();
        core.close();
    }
}
