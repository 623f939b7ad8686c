package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.Deployment;
import io.kumo.app.KumoCore;
import io.kumo.cluster.NodeConfig;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.instance.InstanceLock;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.store.DatabaseTarget;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.PostgresServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one real PostgreSQL database record the same fires at the same time: each fire is recorded once. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterFiresOnPostgresTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:00:30Z");
    static final int FIRES = 60;

    static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(PostgresServer.available(), "PostgreSQL's server binaries are not installed");
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Nothing is spawned: the test is about the records (a run that cannot start still is its fire's one record). */
    static final class NoSpawn implements ProcessLauncher {
        @Override
        public PreparedLaunch prepare(LaunchSpec spec) throws IOException {
            throw new IOException("not started: the test counts records");
        }
    }

    @Test
    void twoNodesRecordingTheSameFiresConcurrentlyRecordEachOnce() throws Exception {
        DatabaseTarget.Server database = server.newDatabase();
        MutableClock clock = new MutableClock(T0);
        try (KumoCore coreA = openCore("a", database, clock); KumoCore coreB = openCore("b", database, clock)) {
            Task task = new Task("tick", "true");
            task.setTriggerType(TriggerType.CRON);
            task.setCronExpression("* * * * *");
            task.setTimeZone("UTC");
            Task created = coreA.tasks().create(task);
            Task seenByB = coreB.tasks().findById(created.getId()).orElseThrow();
            TestSeat seatA = new TestSeat("a");
            TestSeat seatB = new TestSeat("b");
            seatA.maxRuns = 10_000; // never full: no fire is yielded
            seatB.maxRuns = 10_000;
            Engine a = ClusterFixture.engineOn(coreA, clock, seatA, new NoSpawn());
            Engine b = ClusterFixture.engineOn(coreB, clock, seatB, new NoSpawn());
            try {
                List<Instant> instants = new ArrayList<>();
                for (int i = 1; i <= FIRES; i++) {
                    instants.add(T0.plus(Duration.ofMinutes(i)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
                }
                CyclicBarrier together = new CyclicBarrier(2);
                Thread first = Thread.ofPlatform().start(() -> fireAll(together, a, created, instants));
                Thread second = Thread.ofPlatform().start(() -> fireAll(together, b, seenByB, instants));
                first.join();
                second.join();

                List<Run> runs = a.runs().latest(created.getId(), null, 10 * FIRES);
                Map<Instant, Long> perInstant = runs.stream().collect(Collectors.groupingBy(Run::getScheduledFor, Collectors.counting()));
                assertThat(perInstant).hasSize(FIRES).allSatisfy((instant, count) -> assertThat(count).as("%s", instant).isEqualTo(1));
                assertThat(perInstant.keySet()).containsExactlyInAnyOrderElementsOf(instants);
                assertThat(runs).extracting(Run::getNode).allMatch(node -> node.equals("a") || node.equals("b"));
                assertThat(runs.stream().collect(Collectors.groupingBy(Run::getNode, Collectors.counting())))
                        .as("both nodes took part").hasSize(2);
            } finally {
                a.close();
                b.close();
            }
        }
    }

    private static void fireAll(CyclicBarrier together, Engine engine, Task task, List<Instant> instants) {
        Trigger trigger = Triggers.of(task).orElseThrow();
        for (Instant instant : instants) {
            try {
                together.await(); // each instant fired by both nodes at once
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            engine.fire(task, trigger, instant);
        }
    }

    private KumoCore openCore(String node, DatabaseTarget.Server database, MutableClock clock) {
        DataDirectory data = new DataDirectory(dir.resolve(node));
        data.ensureLayout();
        Deployment deployment = new Deployment(database, NodeConfig.named(node, Set.of(), true, OptionalInt.empty(),
                NodeConfig.DEFAULT_LEASE), dir.resolve("cluster.key")); // every node seals with the cluster's key
        return KumoCore.open(data, deployment, InstanceLock.acquire(data.lockFile()), clock, TestCores.ACTOR, System.getenv());
    }
}
