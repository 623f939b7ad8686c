package io.kumo.cluster.service;

import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeLabels;
import io.kumo.cluster.NodeProcess;
import io.kumo.cluster.NodeStatus;
import io.kumo.cluster.NodeVitals;
import io.kumo.common.ConflictException;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code nodes} table: a node joins (its row, under a new incarnation), heartbeats, leaves; others find it silent.
 * Every instant written or compared here comes from the {@link LeaseClock} (the database's clock), never from a
 * node's own clock. A heartbeat names the incarnation: once another node declared it dead (or the name was taken over
 * by a new start), the heartbeat touches no row, and that is how a node learns it lost its lease.
 */
public final class NodeTable {

    /** An ALIVE row whose heartbeat is older than the lease. */
    public record Silent(String name, String incarnation, Instant heartbeatAt) {
    }

    private static final String COLUMNS = "name, incarnation, status, labels, runs_tasks, max_runs, host, pid, version, "
            + "started_at, heartbeat_at, declared_dead_at, declared_dead_by, running, cpu_load, memory_used, memory_total, "
            + "environments";

    private final Database database;
    private final LeaseClock leaseClock;

    public NodeTable(Database database, LeaseClock leaseClock) {
        this.database = database;
        this.leaseClock = leaseClock;
    }

    /** The lease clock's now, on its own connection. */
    public Instant now() {
        return StoreException.unchecked(() -> database.withConnection(connection -> Instant.ofEpochMilli(leaseClock.millis(connection))));
    }

    /**
     * Writes this node's row under {@code incarnation}: ALIVE, heartbeat now. Refused while the name is ALIVE under
     * another incarnation that heartbeats within {@code lease}, unless that is {@code replacing} (this process's own
     * previous incarnation) or a process of this machine that is gone (a crash before its row could go stale).
     *
     * @throws ConflictException naming the machine and pid that hold the name
     */
    public void join(NodeConfig config, NodeProcess process, String incarnation, String replacing) {
        database.inTransaction(() -> database.withConnection(connection -> {
            long now = leaseClock.millis(connection);
            Optional<Holder> holder = holder(connection, config.name());
            if (holder.isPresent() && holder.get().holds(now, config.lease(), replacing, process.host())) {
                Holder held = holder.get();
                throw new ConflictException("node name " + config.name() + " is in use by a running node on " + held.host
                        + " (pid " + held.pid + "); give this one another --node");
            }
            try (PreparedStatement write = connection.prepareStatement(holder.isPresent()
                    ? "UPDATE nodes SET incarnation = ?, status = ?, labels = ?, runs_tasks = ?, max_runs = ?, host = ?, pid = ?, "
                            + "version = ?, started_at = ?, heartbeat_at = ?, declared_dead_at = NULL, declared_dead_by = NULL, "
                            + "running = 0, cpu_load = NULL, memory_used = NULL, memory_total = NULL, environments = NULL "
                            + "WHERE name = ?"
                    : "INSERT INTO nodes (incarnation, status, labels, runs_tasks, max_runs, host, pid, version, started_at, "
                            + "heartbeat_at, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                write.setString(1, incarnation);
                write.setString(2, NodeStatus.ALIVE.name());
                write.setString(3, NodeLabels.format(config.labels()));
                write.setBoolean(4, config.runsTasks());
                if (config.maxRuns().isPresent()) {
                    write.setInt(5, config.maxRuns().getAsInt());
                } else {
                    write.setNull(5, Types.INTEGER);
                }
                write.setString(6, process.host());
                write.setLong(7, process.pid());
                write.setString(8, process.version());
                write.setLong(9, now);
                write.setLong(10, now);
                write.setString(11, config.name());
                return write.executeUpdate();
            }
        }));
    }

    /** Who holds a name now, as far as a join needs to know. */
    private record Holder(String incarnation, NodeStatus status, long heartbeatAt, String host, Long pid) {

        boolean holds(long now, Duration lease, String replacing, String thisHost) {
            if (status != NodeStatus.ALIVE || incarnation.equals(replacing) || now - heartbeatAt > lease.toMillis()) {
                return false;
            }
            boolean goneFromThisMachine = thisHost.equals(host) && pid != null
                    && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
            return !goneFromThisMachine;
        }
    }

    private static Optional<Holder> holder(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT incarnation, status, heartbeat_at, host, pid FROM nodes WHERE name = ? FOR UPDATE")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(row.getString(1), status(row.getString(2)), row.getLong(3), row.getString(4),
                        row.getObject(5, Long.class)));
            }
        }
    }

    /**
     * Stamps the heartbeat and the vitals of this incarnation. False when its row is no longer ALIVE under this
     * incarnation: it was declared dead, or replaced.
     */
    public boolean heartbeat(String name, String incarnation, NodeVitals vitals) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            long now = leaseClock.millis(connection);
            try (PreparedStatement update = connection.prepareStatement("UPDATE nodes SET heartbeat_at = ?, running = ?, "
                    + "cpu_load = ?, memory_used = ?, memory_total = ?, environments = ? "
                    + "WHERE name = ? AND incarnation = ? AND status = 'ALIVE'")) {
                update.setLong(1, now);
                update.setInt(2, vitals.running());
                setDouble(update, 3, vitals.cpuLoad());
                setLong(update, 4, vitals.memoryUsed());
                setLong(update, 5, vitals.memoryTotal());
                update.setString(6, vitals.environments().isEmpty() ? null : String.join(",", vitals.environments()));
                update.setString(7, name);
                update.setString(8, incarnation);
                return update.executeUpdate() == 1;
            }
        }));
    }

    /** A clean stop: the row says LEFT (nothing of it to take over). */
    public void leave(String name, String incarnation) {
        database.inTransaction(() -> database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE nodes SET status = 'LEFT' WHERE name = ? AND incarnation = ? AND status = 'ALIVE'")) {
                update.setString(1, name);
                update.setString(2, incarnation);
                return update.executeUpdate();
            }
        }));
    }

    /** ALIVE nodes other than {@code self} silent for longer than {@code lease}, by the lease clock. */
    public List<Silent> silent(String self, Duration lease) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            long now = leaseClock.millis(connection);
            List<Silent> silent = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, incarnation, heartbeat_at FROM nodes "
                    + "WHERE status = 'ALIVE' AND heartbeat_at < ? AND name <> ? ORDER BY name")) {
                query.setLong(1, now - lease.toMillis());
                query.setString(2, self);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        silent.add(new Silent(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3))));
                    }
                }
            }
            return silent;
        }));
    }

    /**
     * In the caller's transaction: marks {@code silent} DEAD, declared by {@code by}, if it is still that incarnation,
     * ALIVE and silent for at least {@code lease}. True for the one caller that changed the row: it takes the runs
     * over; every other node finds the row changed and does nothing.
     */
    public boolean declareDead(Connection connection, Silent silent, String by, Duration lease) throws SQLException {
        long now = leaseClock.millis(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE nodes SET status = 'DEAD', declared_dead_at = ?, "
                + "declared_dead_by = ? WHERE name = ? AND incarnation = ? AND status = 'ALIVE' AND heartbeat_at <= ?")) {
            update.setLong(1, now);
            update.setString(2, by);
            update.setString(3, silent.name());
            update.setString(4, silent.incarnation());
            update.setLong(5, now - lease.toMillis());
            return update.executeUpdate() == 1;
        }
    }

    /** Every node, alive first, then by name. */
    public List<NodeInfo> list() {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            List<NodeInfo> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM nodes");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nodes.add(info(rows));
                }
            }
            nodes.sort(Comparator.comparing((NodeInfo node) -> node.status() != NodeStatus.ALIVE).thenComparing(NodeInfo::name));
            return nodes;
        }));
    }

    private static NodeInfo info(ResultSet row) throws SQLException {
        String environments = row.getString("environments");
        return new NodeInfo(row.getString("name"), status(row.getString("status")), NodeLabels.read(row.getString("labels")),
                row.getBoolean("runs_tasks"), row.getObject("max_runs", Integer.class), row.getString("host"),
                row.getObject("pid", Long.class), row.getString("version"), instant(row, "started_at"),
                instant(row, "heartbeat_at"), row.getInt("running"), row.getObject("cpu_load", Double.class),
                row.getObject("memory_used", Long.class), row.getObject("memory_total", Long.class),
                environments == null ? List.of() : Arrays.asList(environments.split(",")), instant(row, "declared_dead_at"),
                row.getString("declared_dead_by"));
    }

    private static NodeStatus status(String stored) {
        try {
            return NodeStatus.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) { // a newer Kumo's state: not ours to judge
            return NodeStatus.DEAD;
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Long millis = row.getObject(column, Long.class);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
