package io.kumo.cluster.service;

import io.kumo.audit.AuditService;
import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeProcess;
import io.kumo.cluster.NodeVitals;
import io.kumo.common.Actor;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.EngineTasks;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.testkit.MutableClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Several members in one JVM on one database, sharing a clock the test moves (it is also their lease clock, so leases
 * run out without waiting), each telling a {@link RecordingEngine}.
 */
final class ClusterRig implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(15);

    final Database database;
    final MutableClock clock = new MutableClock(T0);
    final LeaseClock leaseClock = LeaseClock.of(clock);
    final AuditService audit;
    private final List<ClusterMember> members = new ArrayList<>();

    ClusterRig(Database database) {
        this.database = database;
        this.audit = new AuditService(database, clock, new Actor("tester@testhost"));
    }

    ClusterMember member(String name, String... labels) {
        return member(name, new NodeProcess("host-" + name, ProcessHandle.current().pid(), "test"), leaseClock, labels);
    }

    ClusterMember member(String name, NodeProcess process, LeaseClock leases, String... labels) {
        NodeConfig config = NodeConfig.named(name, Set.of(labels), true, OptionalInt.empty(), LEASE);
        ClusterMember member = new ClusterMember(config, process, database, leases, tasks(),
                new Placement(config, id -> Optional.empty(), List::of), NodeVitals::unknown, audit, clock);
        members.add(member);
        return member;
    }

    ClusterMember started(String name, RecordingEngine engine, String... labels) {
        ClusterMember member = member(name, labels);
        member.join();
        member.attach(engine);
        return member;
    }

    EngineTasks tasks() {
        return new EngineTasks() {
            @Override
            public Optional<Task> find(long id) {
                return StoreException.unchecked(() -> Optional.ofNullable(database.tasks().queryForId(id)));
            }

            @Override
            public List<Task> all() {
                return StoreException.unchecked(() -> database.tasks().queryForAll());
            }
        };
    }

    Task task(String name, int retries, String nodeLabels) throws SQLException {
        Task task = new Task(name, "true");
        task.setRetries(retries);
        task.setNodeLabels(nodeLabels);
        task.setCreatedAt(clock.instant());
        task.setUpdatedAt(clock.instant());
        database.tasks().create(task);
        return task;
    }

    Run run(Task task, String node, RunStatus status, Instant scheduledFor) throws SQLException {
        Run run = new Run(task, TriggerKind.CRON, scheduledFor, status);
        run.setNode(node);
        run.setQueuedAt(scheduledFor);
        if (status == RunStatus.RUNNING) {
            run.setClaimedAt(scheduledFor);
            run.setStartedAt(scheduledFor);
        }
        database.runs().create(run);
        return run;
    }

    Run reread(Run run) throws SQLException {
        return database.runs().queryForId(run.getId());
    }

    /** Every member's heartbeat but the silent ones'. */
    void heartbeatAllBut(ClusterMember... silent) {
        for (ClusterMember member : members) {
            if (!List.of(silent).contains(member)) {
                member.heartbeatTick();
            }
        }
    }

    @Override
    public void close() {
        members.forEach(ClusterMember::close);
    }
}
