package io.kumo.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditQuery;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeProcess;
import io.kumo.cluster.NodeStatus;
import io.kumo.common.ConflictException;
import io.kumo.common.HostName;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Membership, leases, takeover, adoption, stops and the change feed, on a database each subclass provides (the
 * embedded H2, a real PostgreSQL).
 */
abstract class ClusterMemberContract {

    ClusterRig rig;
    Database database;

    abstract Database openDatabase() throws Exception;

    @BeforeEach
    void openRig() throws Exception {
        database = openDatabase();
        rig = new ClusterRig(database);
    }

    @AfterEach
    void closeRig() {
        if (rig != null) {
            rig.close();
            database.close();
        }
    }

    @Test
    void joinedNodesAreListedAliveFirstAndALeftNodeSaysSo() {
        ClusterMember zeta = rig.started("zeta", new RecordingEngine(), "gpu");
        ClusterMember alpha = rig.started("alpha", new RecordingEngine());
        alpha.close();

        List<NodeInfo> nodes = zeta.nodes();

        assertThat(nodes).extracting(NodeInfo::name, NodeInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zeta", NodeStatus.ALIVE),
                        org.assertj.core.groups.Tuple.tuple("alpha", NodeStatus.LEFT));
        assertThat(nodes.getFirst().labels()).containsExactly("gpu");
        assertThat(nodes.getFirst().host()).isEqualTo("host-zeta");
        assertThat(nodes.getFirst().heartbeatAt()).isEqualTo(ClusterRig.T0);
    }

    @Test
    void aNameHeldByARunningNodeIsRefusedWithTheHolder() {
        rig.started("worker", new RecordingEngine());
        ClusterMember twin = rig.member("worker", new NodeProcess("other-host", 4242, "test"), rig.leaseClock);

        assertThatThrownBy(twin::join).isInstanceOf(ConflictException.class)
                .hasMessage("node name worker is in use by a running node on host-worker (pid " + ProcessHandle.current().pid()
                        + "); give this one another --node");
    }

    @Test
    void aNameLeftByACrashedProcessOfThisMachineIsTakenAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        ClusterMember crashed = rig.member("worker", new NodeProcess(HostName.get(), gone.pid(), "test"), rig.leaseClock);
        crashed.join();
        ClusterMember restarted = rig.member("worker", new NodeProcess(HostName.get(), ProcessHandle.current().pid(), "test"),
                rig.leaseClock);

        restarted.join();

        assertThat(restarted.incarnation()).isNotEqualTo(crashed.incarnation());
        assertThat(restarted.nodes()).singleElement().extracting(NodeInfo::pid).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aSilentNodeIsDeclaredDeadByExactlyOneNodeAndItsRunningRunRetriedOnASurvivor() throws Exception {
        ClusterMember a = rig.started("a", new RecordingEngine());
        ClusterMember b = rig.started("b", new RecordingEngine());
        RecordingEngine cEngine = new RecordingEngine();
        ClusterMember c = rig.started("c", cEngine);
        Task task = rig.task("report", 2, null);
        Run running = rig.run(task, "a", RunStatus.RUNNING, ClusterRig.T0);

        rig.clock.advance(Duration.ofSeconds(10));
        rig.heartbeatAllBut(a);
        b.deadNodeTick();
        c.deadNodeTick();
        boolean deadBeforeTheLease = a.nodes().stream().anyMatch(node -> node.status() == NodeStatus.DEAD);
        rig.clock.advance(Duration.ofSeconds(6));
        rig.heartbeatAllBut(a);
        b.deadNodeTick();
        c.deadNodeTick();

        assertThat(deadBeforeTheLease).isFalse();
        NodeInfo dead = b.nodes().stream().filter(node -> node.name().equals("a")).findFirst().orElseThrow();
        assertThat(dead.status()).isEqualTo(NodeStatus.DEAD);
        assertThat(dead.declaredDeadBy()).isEqualTo("b");
        Run interrupted = rig.reread(running);
        assertThat(interrupted.getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(interrupted.getError()).isEqualTo("node a stopped answering (last heartbeat 06:00:00); taken over by b");
        List<Run> retries = database.runs().queryForEq("trigger_kind", TriggerKind.RETRY);
        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.getStatus()).isEqualTo(RunStatus.QUEUED);
            assertThat(retry.getAttempt()).isEqualTo(2);
            assertThat(retry.getNode()).isNull();
            assertThat(retry.getFirstRunId()).isEqualTo(running.getId());
        });
        List<AuditEntry> audited = rig.audit.query(new AuditQuery(null, null, "NODE_DEAD", null, null, 10));
        assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.targetName()).isEqualTo("a"));

        c.adoptionTick();

        assertThat(cEngine.adopted).extracting(Run::getId).containsExactly(retries.getFirst().getId());
        assertThat(rig.reread(retries.getFirst()).getNode()).isEqualTo("c");
    }

    @Test
    void aDeadNodesRunOfATaskWithoutRetriesLeftIsNotRetried() throws Exception {
        ClusterMember a = rig.started("a", new RecordingEngine());
        ClusterMember b = rig.started("b", new RecordingEngine());
        Task task = rig.task("once", 0, null);
        rig.run(task, "a", RunStatus.RUNNING, ClusterRig.T0);

        silence(a);
        b.deadNodeTick();

        assertThat(database.runs().queryForEq("trigger_kind", TriggerKind.RETRY)).isEmpty();
    }

    @Test
    void aDeadNodesUnclaimedQueuedRunIsAdoptedAndItsClaimedOneInterrupted() throws Exception {
        ClusterMember a = rig.started("a", new RecordingEngine());
        RecordingEngine bEngine = new RecordingEngine();
        ClusterMember b = rig.started("b", bEngine);
        Task task = rig.task("nightly", 0, null);
        Run waiting = rig.run(task, "a", RunStatus.QUEUED, ClusterRig.T0.plusSeconds(60));
        Run claimed = rig.run(task, "a", RunStatus.QUEUED, ClusterRig.T0);
        claimed.setClaimedAt(ClusterRig.T0);
        database.runs().update(claimed);

        silence(a);
        b.deadNodeTick();
        b.adoptionTick();

        assertThat(rig.reread(claimed).getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(rig.reread(claimed).getError()).endsWith("this run may have started on a");
        assertThat(bEngine.adopted).extracting(Run::getId).containsExactly(waiting.getId());
        assertThat(rig.reread(waiting).getNode()).isEqualTo("b");
        assertThat(rig.reread(waiting).getStatus()).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void aQueuedRunNoNodeHoldsIsAdoptedOnlyByANodeCarryingItsTasksLabels() throws Exception {
        RecordingEngine plainEngine = new RecordingEngine();
        ClusterMember plain = rig.started("plain", plainEngine);
        RecordingEngine gpuEngine = new RecordingEngine();
        ClusterMember gpu = rig.started("gpu-box", gpuEngine, "gpu");
        Task task = rig.task("train", 0, "gpu");
        Run manual = rig.run(task, null, RunStatus.QUEUED, ClusterRig.T0);

        plain.adoptionTick();
        gpu.adoptionTick();

        assertThat(plainEngine.adopted).isEmpty();
        assertThat(plain.whyNotHere(task)).contains("node plain lacks the label gpu");
        assertThat(gpuEngine.adopted).extracting(Run::getId).containsExactly(manual.getId());
    }

    @Test
    void aDetachedMemberKeepsHeartbeatingButAdoptsNothingWhileItsEngineStops() throws Exception {
        RecordingEngine engine = new RecordingEngine();
        ClusterMember stopping = rig.started("stopping", engine);
        ClusterMember other = rig.started("other", new RecordingEngine());
        Run manual = rig.run(rig.task("manual", 0, null), null, RunStatus.QUEUED, ClusterRig.T0);

        stopping.detach();
        rig.clock.advance(Duration.ofSeconds(10));
        stopping.heartbeatTick();
        stopping.adoptionTick();
        rig.clock.advance(Duration.ofSeconds(10));
        other.heartbeatTick();
        other.deadNodeTick();

        assertThat(engine.calls).isEmpty();
        assertThat(rig.reread(manual).getNode()).isNull();
        assertThat(other.nodes()).extracting(NodeInfo::status).containsOnly(NodeStatus.ALIVE);
    }

    @Test
    void aNodeFoundDeclaredDeadLosesItsLeaseOnceAndRejoinsUnderANewIncarnation() throws Exception {
        RecordingEngine aEngine = new RecordingEngine();
        ClusterMember a = rig.started("a", aEngine);
        ClusterMember b = rig.started("b", new RecordingEngine());
        String first = a.incarnation();
        silence(a);
        b.deadNodeTick();

        a.heartbeatTick();
        boolean heldAfterLoss = a.holdsLease();
        a.heartbeatTick();

        assertThat(heldAfterLoss).isFalse();
        assertThat(aEngine.calls).containsExactly("leaseLost", "leaseRegained");
        assertThat(a.holdsLease()).isTrue();
        assertThat(a.incarnation()).isNotEqualTo(first);
        assertThat(a.nodes()).filteredOn(node -> node.name().equals("a")).singleElement()
                .extracting(NodeInfo::status).isEqualTo(NodeStatus.ALIVE);
    }

    @Test
    void aNodeWhoseHeartbeatsFailForALeaseLosesItAndTakesItsOwnRunsOverWhenBack() throws Exception {
        AtomicBoolean linkDown = new AtomicBoolean();
        LeaseClock flaky = connection -> {
            if (linkDown.get()) {
                throw new SQLException("connection refused", "08001");
            }
            return rig.clock.millis();
        };
        RecordingEngine aEngine = new RecordingEngine();
        ClusterMember a = rig.member("a", new NodeProcess("host-a", 1, "test"), flaky);
        a.join();
        a.attach(aEngine);
        Task task = rig.task("sync", 0, null);
        Run running = rig.run(task, "a", RunStatus.RUNNING, ClusterRig.T0);

        linkDown.set(true);
        rig.clock.advance(Duration.ofSeconds(10));
        a.heartbeatTick();
        boolean heldWithinTheLease = a.holdsLease();
        rig.clock.advance(Duration.ofSeconds(6));
        a.heartbeatTick();
        List<String> whileDown = List.copyOf(aEngine.calls);
        linkDown.set(false);
        a.heartbeatTick();

        assertThat(heldWithinTheLease).isTrue();
        assertThat(whileDown).containsExactly("leaseLost");
        assertThat(aEngine.calls).containsExactly("leaseLost", "leaseRegained");
        assertThat(rig.reread(running).getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(rig.reread(running).getError()).endsWith("taken over by a");
    }

    @Test
    void aDeadNodesWorkflowRunEndsInterruptedWithItsGoingStep() throws Exception {
        ClusterMember a = rig.started("a", new RecordingEngine());
        ClusterMember b = rig.started("b", new RecordingEngine());
        long workflowRun = insertWorkflowRun("a");
        long doneStep = insertStep(workflowRun, "extract", 0, "SUCCESS");
        long goingStep = insertStep(workflowRun, "load", 1, "RUNNING");
        long waitingStep = insertStep(workflowRun, "report", 2, "WAITING");
        Run attempt = new Run(-goingStep, "load", TriggerKind.MANUAL, ClusterRig.T0, RunStatus.RUNNING);
        attempt.setWorkflowStep(workflowRun, "load");
        attempt.setNode("a");
        database.runs().create(attempt);

        silence(a);
        b.deadNodeTick();

        assertThat(rig.reread(attempt).getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(database.runs().queryForEq("trigger_kind", TriggerKind.RETRY)).isEmpty();
        assertThat(column("SELECT status FROM workflow_runs WHERE id = " + workflowRun)).isEqualTo("INTERRUPTED");
        assertThat(column("SELECT status FROM workflow_step_runs WHERE id = " + doneStep)).isEqualTo("SUCCESS");
        assertThat(column("SELECT status FROM workflow_step_runs WHERE id = " + goingStep)).isEqualTo("INTERRUPTED");
        assertThat(column("SELECT run_id FROM workflow_step_runs WHERE id = " + goingStep)).isEqualTo(String.valueOf(attempt.getId()));
        assertThat(column("SELECT status FROM workflow_step_runs WHERE id = " + waitingStep)).isEqualTo("INTERRUPTED");
    }

    @Test
    void aStopAskedElsewhereReachesTheNodeRunningTheRunOnce() throws Exception {
        RecordingEngine bEngine = new RecordingEngine();
        ClusterMember b = rig.started("b", bEngine);
        Task task = rig.task("long", 0, null);
        Run running = rig.run(task, "b", RunStatus.RUNNING, ClusterRig.T0);
        rig.run(task, "other", RunStatus.RUNNING, ClusterRig.T0.plusSeconds(1));
        running.setStopRequestedAt(ClusterRig.T0.plusSeconds(5));
        database.runs().update(running);

        b.stopRequestTick();
        b.stopRequestTick();

        assertThat(bEngine.calls).containsExactly("stop [" + running.getId() + "]");
    }

    @Test
    void theChangeFeedCarriesOtherNodesTaskWorkflowAndPauseChanges() throws Exception {
        RecordingEngine bEngine = new RecordingEngine();
        ClusterMember b = rig.started("b", bEngine);
        Task task = rig.task("hourly", 0, null);
        long workflow = insertWorkflow("pipeline");
        execute("INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('engine.scheduler_paused', 'true', 0)");

        b.changeFeedTick();
        b.changeFeedTick(); // nothing new
        database.tasks().deleteById(task.getId());
        execute("DELETE FROM workflows WHERE id = " + workflow);
        b.changeFeedTick();

        assertThat(bEngine.calls).containsExactly("taskChanged hourly", "workflowChanged " + workflow, "paused true",
                "taskDeleted " + task.getId(), "workflowDeleted " + workflow);
    }

    @Test
    void theDatabaseClockReadsTheServersNow() {
        long before = System.currentTimeMillis();
        long read = new NodeTable(database, LeaseClock.of(database.dialect())).now().toEpochMilli();

        assertThat(read).isBetween(before - 2_000, System.currentTimeMillis() + 2_000);
    }

    /** {@code member} misses its heartbeats for longer than the lease while the others heartbeat. */
    private void silence(ClusterMember member) {
        rig.clock.advance(ClusterRig.LEASE.plusSeconds(1));
        rig.heartbeatAllBut(member);
    }

    private long insertWorkflow(String name) throws SQLException {
        return insert("INSERT INTO workflows (name, definition, created_at, updated_at) VALUES ('" + name + "', 'name: " + name
                + "', 0, 0)");
    }

    private long insertWorkflowRun(String node) throws SQLException {
        return insert("INSERT INTO workflow_runs (workflow_id, workflow_name, trigger_kind, scheduled_for, status, definition, "
                + "node) VALUES (1, 'pipeline', 'MANUAL', 0, 'RUNNING', 'name: pipeline', '" + node + "')");
    }

    private long insertStep(long workflowRun, String name, int position, String status) throws SQLException {
        return insert("INSERT INTO workflow_step_runs (workflow_run_id, step_name, position, status) VALUES (" + workflowRun
                + ", '" + name + "', " + position + ", '" + status + "')");
    }

    private long insert(String sql) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
                insert.executeUpdate();
                try (var key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
    }

    private void execute(String sql) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }

    private String column(String sql) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql); var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
