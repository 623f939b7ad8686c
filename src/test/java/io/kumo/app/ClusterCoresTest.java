package io.kumo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.instance.InstanceLock;
import io.kumo.store.DatabaseTarget;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.PostgresServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real cores, each with its own data directory, as nodes of one cluster on a real PostgreSQL database, their loops
 * running on their own threads. Needs the store on PostgreSQL (the pg-store part) and the engine's cluster calls (the
 * engine-node part): skipped while the store cannot open PostgreSQL.
 */
class ClusterCoresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static PostgresServer server;

    @TempDir
    Path dir;
    DatabaseTarget.Server target;
    final List<KumoCore> cores = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newDatabase() {
        target = server.newDatabase();
    }

    @AfterEach
    void closeCores() {
        cores.forEach(KumoCore::close);
    }

    private KumoCore node(String name, Path keyFile) {
        DataDirectory data = new DataDirectory(dir.resolve(name + "-" + cores.size()));
        data.ensureLayout();
        Deployment deployment = new Deployment(target, NodeConfig.named(name, Set.of(), true, OptionalInt.empty(),
                NodeConfig.DEFAULT_LEASE), keyFile);
        KumoCore core = KumoCore.open(data, deployment, InstanceLock.acquire(data.lockFile()), Clock.systemUTC(),
                TestCores.ACTOR, System.getenv());
        cores.add(core);
        return core;
    }

    private KumoCore started(String name) {
        KumoCore core = node(name, dir.resolve("secret.key"));
        core.startEngine(new OsProcessLauncher(), System.getenv());
        return core;
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> seen = probe.get();
            if (seen.isPresent()) {
                return seen.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + PATIENCE + ": " + what);
    }

    @Test
    void startedNodesListEachOtherAndANodeThatClosesIsLeft() throws Exception {
        KumoCore a = started("a");
        KumoCore b = started("b");

        assertThat(a.nodes().nodes()).extracting(NodeInfo::name).containsExactly("a", "b");
        b.close();

        assertThat(a.nodes().nodes()).extracting(NodeInfo::name, NodeInfo::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", NodeStatus.ALIVE), org.assertj.core.groups.Tuple.tuple("b", NodeStatus.LEFT));
    }

    @Test
    void aTaskCreatedOnOneNodeIsScheduledByTheOther() throws Exception {
        KumoCore a = started("a");
        KumoCore b = started("b");
        Task task = new Task("hourly", "true");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 * * * *");
        task.setTimeZone("UTC");

        long id = a.taskService().create(task).getId();

        Instant next = await("b schedules the task a created", () -> b.engine().orElseThrow().nextFire(id));
        assertThat(next).isAfter(Instant.now().minusSeconds(1));
    }

    @Test
    void aStopAskedOnOneNodeStopsTheRunOnTheNodeRunningIt() throws Exception {
        started("a");
        KumoCore b = started("b");
        Task task = b.taskService().create(new Task("long", "sleep 60"));
        Run run = b.engine().orElseThrow().runNow(task);
        await("the run starts on b", () -> b.runHistory().find(run.getId()).filter(r -> r.getStatus() == RunStatus.RUNNING));

        cores.getFirst().database().withConnection(connection -> {
            try (PreparedStatement ask = connection.prepareStatement("UPDATE runs SET stop_requested_at = ? WHERE id = ?")) {
                ask.setLong(1, System.currentTimeMillis());
                ask.setLong(2, run.getId());
                return ask.executeUpdate();
            }
        });

        Run stopped = await("b stops the run", () -> b.runHistory().find(run.getId()).filter(r -> r.getStatus().isTerminal()));
        assertThat(stopped.getStatus()).isEqualTo(RunStatus.STOPPED);
    }

    @Test
    void aNodeWhoseSecretKeyIsNotTheClustersIsRefusedAtOpen() {
        node("a", dir.resolve("first.key"));
        Path other = dir.resolve("other.key");

        assertThatThrownBy(() -> node("b", other)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("this node's secret key (" + other + ") does not match the cluster's");
    }

    @Test
    void aSecondStartUnderARunningNodesNameIsRefused() {
        started("a");
        KumoCore twin = node("a", dir.resolve("secret.key"));

        assertThatThrownBy(() -> twin.startEngine(new OsProcessLauncher(), System.getenv()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("node name a is in use by a running node on");
    }
}
