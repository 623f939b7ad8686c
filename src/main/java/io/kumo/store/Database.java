package io.kumo.store;

import com.j256.ormlite.dao.Dao;
import com.j256.ormlite.dao.DaoManager;
import com.j256.ormlite.jdbc.DataSourceConnectionSource;
import com.j256.ormlite.jdbc.JdbcPooledConnectionSource;
import com.j256.ormlite.jdbc.db.H2DatabaseType;
import com.j256.ormlite.jdbc.db.PostgresDatabaseType;
import com.j256.ormlite.misc.TransactionManager;
import com.j256.ormlite.support.ConnectionSource;
import com.j256.ormlite.support.DatabaseConnection;
import io.kumo.domain.AlertChannel;
import io.kumo.domain.AlertDelivery;
import io.kumo.domain.ApiTokenRow;
import io.kumo.domain.HookTriggerRow;
import io.kumo.domain.AuditEvent;
import io.kumo.domain.ChannelRule;
import io.kumo.domain.EnvVariable;
import io.kumo.domain.Interpreter;
import io.kumo.domain.Project;
import io.kumo.domain.PypiMirror;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.Setting;
import io.kumo.domain.Task;
import io.kumo.domain.Workflow;
import io.kumo.storage.DiskFullException;
import io.kumo.storage.StorageHealth;
import io.kumo.storage.StoreException;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database: Flyway creates and upgrades the schema, ORMLite maps the tables. Identifiers are folded
 * to lower case ({@code DATABASE_TO_LOWER}) so that ORMLite's quoted lower-case column names match the schema.
 *
 * <p>Commits are durable. By default H2 2.x keeps committed changes in memory and writes them in the background about
 * once a second, and never calls fsync on commit: a kill -9 loses up to a second of acknowledged writes, a power loss
 * more. {@link #inTransaction} therefore ends with {@code CHECKPOINT SYNC} (the MVStore writes what is pending, then
 * {@code FileChannel.force}): a transaction that returned survives a kill -9 and a power loss.
 * {@link #inTransactionWithoutSync} ends with {@code CHECKPOINT} (written to the file, survives a kill -9 of Kumo,
 * reaches the device with the next sync). The write delay itself stays at H2's default: {@code WRITE_DELAY=0} would
 * also write every commit at once, but it stops the MVStore's background thread, and with it the housekeeping that
 * rewrites sparse chunks, so the file would grow until the next close.
 *
 * <p>On a PostgreSQL server (cluster mode) the same schema lives in the connection's current schema, reached through a
 * HikariCP pool ({@link PostgresPool}). Commits there are durable on their own: the H2 statements that force writes
 * ({@code CHECKPOINT}, {@code CHECKPOINT SYNC}, {@code SHUTDOWN COMPACT}) are skipped.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String url;
    private final SqlDialect dialect;
    private final StorageHealth storage;
    /** The PostgreSQL pool; null on H2, whose pool is the connection source itself. */
    private final HikariDataSource pool;
    private volatile boolean compactOnClose;
    private volatile String closeFailure;
    /** Sync calls so far; the count the last finished fsync covers is guarded by {@link #syncLock}. */
    private final AtomicLong syncRequests = new AtomicLong();
    private final Object syncLock = new Object();
    private long syncDone;
    private final ConnectionSource connectionSource;
    private final Dao<Project, Long> projects;
    private final Dao<PythonEnvironment, Long> environments;
    private final Dao<Task, Long> tasks;
    private final Dao<Run, Long> runs;
    private final Dao<Setting, String> settings;
    private final Dao<AuditEvent, Long> auditEvents;
    private final Dao<EnvVariable, Long> envVariables;
    private final Dao<Interpreter, Long> interpreters;
    private final Dao<PypiMirror, Long> mirrors;
    private final Dao<Workflow, Long> workflows;
    private final Dao<AlertChannel, Long> alertChannels;
    private final Dao<ChannelRule, Long> channelRules;
    private final Dao<AlertDelivery, Long> alertDeliveries;
    private final Dao<ApiTokenRow, Long> apiTokens;
    private final Dao<HookTriggerRow, Long> hookTriggers;

    private Database(String url, SqlDialect dialect, ConnectionSource connectionSource, HikariDataSource pool,
            StorageHealth storage) throws SQLException {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        this.storage = storage;
        this.connectionSource = connectionSource;
        this.projects = DaoManager.createDao(connectionSource, Project.class);
        this.environments = DaoManager.createDao(connectionSource, PythonEnvironment.class);
        this.tasks = DaoManager.createDao(connectionSource, Task.class);
        this.runs = DaoManager.createDao(connectionSource, Run.class);
        this.settings = DaoManager.createDao(connectionSource, Setting.class);
        this.auditEvents = DaoManager.createDao(connectionSource, AuditEvent.class);
        this.envVariables = DaoManager.createDao(connectionSource, EnvVariable.class);
        this.interpreters = DaoManager.createDao(connectionSource, Interpreter.class);
        this.mirrors = DaoManager.createDao(connectionSource, PypiMirror.class);
        this.workflows = DaoManager.createDao(connectionSource, Workflow.class);
        this.alertChannels = DaoManager.createDao(connectionSource, AlertChannel.class);
        this.channelRules = DaoManager.createDao(connectionSource, ChannelRule.class);
        this.alertDeliveries = DaoManager.createDao(connectionSource, AlertDelivery.class);
        this.apiTokens = DaoManager.createDao(connectionSource, ApiTokenRow.class);
        this.hookTriggers = DaoManager.createDao(connectionSource, HookTriggerRow.class);
    }

    /** Opens (creating if needed) the database in {@code folder} and migrates it to the newest schema. */
    public static Database open(Path folder) {
        return open(folder, StorageHealth.of(folder, java.time.Clock.systemUTC()));
    }

    /** As {@link #open(Path)}; writes are checked against, and their failures reported to, {@code storage}. */
    public static Database open(Path folder, StorageHealth storage) {
        String url = urlFor(folder);
        // H2 closes a database when its last connection closes, and compacts the file as it closes (up to 200 ms of
        // chunk rewriting, then a reopen): this connection stays open until the pool holds one of its own, so a start
        // opens the file once
        try (Connection held = DriverManager.getConnection(url, "kumo", "")) {
            Migrations migrations = new Migrations(url);
            if (!migrations.isCurrent(held)) {
                migrations.migrate();
            }
            Database database = new Database(url, SqlDialect.H2, h2ConnectionSource(url), null, storage);
            try {
                database.connectionSource.releaseConnection(database.connectionSource.getReadOnlyConnection("tasks"));
            } catch (SQLException e) {
                database.connectionSource.closeQuietly();
                throw e;
            }
            LOG.info("Database open at {}", folder);
            return database;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static ConnectionSource h2ConnectionSource(String url) throws SQLException {
        JdbcPooledConnectionSource source = new JdbcPooledConnectionSource(url, "kumo", "", new H2DatabaseType());
        source.setMaxConnectionsFree(4);
        source.setTestBeforeGet(false);
        // H2 closes a database whose background write failed (a disk that filled up): testing the free connections
        // every second drops the dead ones, and the next connection opens the file again from its last complete
        // state, so Kumo recovers within about a second once there is space
        source.setCheckConnectionsEveryMillis(1000);
        return source;
    }

    /** Opens the PostgreSQL database {@code server} names and migrates it to the newest schema. */
    private static Database open(DatabaseTarget.Server server, StorageHealth storage) {
        HikariDataSource pool = PostgresPool.open(server);
        try {
            Migrations migrations = new Migrations(server);
            try (Connection connection = pool.getConnection()) {
                if (!migrations.isCurrent(connection)) {
                    migrations.migrate();
                }
            }
            Database database = new Database(server.url(), SqlDialect.POSTGRESQL,
                    new DataSourceConnectionSource(pool, new PostgresDatabaseType()), pool, storage);
            LOG.info("Database open at {}", server.describe());
            return database;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("Cannot open the database at " + server.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the database {@code target} names and migrates it to the newest schema: the embedded H2 file, or a shared
     * PostgreSQL server (a HikariCP pool; commits there are durable on their own, so {@link #sync()} is a no-op).
     */
    public static Database open(DatabaseTarget target, StorageHealth storage) {
        return switch (target) {
            case DatabaseTarget.Embedded embedded -> open(embedded.folder(), storage);
            case DatabaseTarget.Server server -> open(server, storage);
        };
    }

    /** The SQL this database speaks. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** Whether other Kumo nodes share this database (PostgreSQL, cluster mode). */
    public boolean shared() {
        return dialect() == SqlDialect.POSTGRESQL;
    }

    public static String urlFor(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("kumo") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The JDBC URL; on PostgreSQL it may carry a password: never show it (use {@link DatabaseTarget#describe()}). */
    public String url() {
        return url;
    }

    public Dao<Project, Long> projects() { return projects; }
    public Dao<PythonEnvironment, Long> environments() { return environments; }
    public Dao<Task, Long> tasks() { return tasks; }
    public Dao<Run, Long> runs() { return runs; }
    public Dao<Setting, String> settings() { return settings; }
    public Dao<AuditEvent, Long> auditEvents() { return auditEvents; }
    public Dao<EnvVariable, Long> envVariables() { return envVariables; }
    public Dao<Interpreter, Long> interpreters() { return interpreters; }
    public Dao<PypiMirror, Long> mirrors() { return mirrors; }
    public Dao<Workflow, Long> workflows() { return workflows; }
    public Dao<AlertChannel, Long> alertChannels() { return alertChannels; }
    public Dao<ChannelRule, Long> channelRules() { return channelRules; }
    public Dao<AlertDelivery, Long> alertDeliveries() { return alertDeliveries; }
    public Dao<ApiTokenRow, Long> apiTokens() { return apiTokens; }
    public Dao<HookTriggerRow, Long> hookTriggers() { return hookTriggers; }

    /** Work on a plain JDBC connection; may throw what JDBC throws. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs plain JDBC work on the connection of the current transaction (called inside one of the {@code inTransaction}
     * methods; outside one, on a pooled connection in auto-commit). For the engine's hot-path writes: a prepared
     * statement binds its values directly, where ORMLite reads and converts every field through reflection.
     */
    public <T> T withConnection(JdbcWork<T> work) throws SQLException {
        DatabaseConnection connection = connectionSource.getReadWriteConnection("runs");
        try {
            return work.apply(connection.getUnderlyingConnection());
        } finally {
            connectionSource.releaseConnection(connection);
        }
    }

    private void compact() {
        long started = System.nanoTime();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "kumo", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            LOG.info("Database compacted in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            LOG.warn("Compacting the database failed (it stays as it is)", e);
        }
    }

    ConnectionSource connectionSource() {
        return connectionSource;
    }

    /**
     * Runs the work in one transaction: all of its writes land, or none. When it returns (the outermost transaction),
     * the writes are on the device. Refused up front with a {@link DiskFullException} when the disk is full, and a
     * write that fails on a full disk throws one too.
     */
    public <T> T inTransaction(Callable<T> work) {
        boolean outermost = connectionSource.getSpecialConnection(null) == null;
        T result = transaction(work, false); // the sync below writes it: a CHECKPOINT first would write a chunk more
        if (outermost) {
            sync(); // CHECKPOINT SYNC: it also writes whatever another thread committed since
        }
        return result;
    }

    /**
     * Runs the work in one transaction that is in the database file when it returns (it survives a kill -9 of Kumo)
     * but reaches the device only with the next {@link #sync()}: for records that no one is told about before a
     * later sync covers them (the engine's run records: the claim before a spawn syncs).
     */
    public <T> T inTransactionWithoutSync(Callable<T> work) {
        return transaction(work, true);
    }

    /**
     * Runs the work in one transaction that reaches the file with the next {@link #sync()} or checkpoint of any
     * caller, or H2's own background write within about a second: for records a kill -9 may take back because nothing
     * was acknowledged or started on their account yet (a fire's record before its claim). Saves writing a chunk of
     * pages per call, which matters on a path taken hundreds of times a second.
     */
    public <T> T inTransactionWrittenLater(Callable<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(Callable<T> work, boolean checkpoint) {
        storage.checkWritable();
        T result;
        try {
            DatabaseConnection joined = connectionSource.getSpecialConnection(null);
            boolean outermost = joined == null;
            // a nested call runs as a savepoint on the outer transaction's connection: ORMLite's own nesting counts the
            // thread's saved connection up and never down, so the thread would keep that connection past its
            // transaction, and once the server dropped it (a partition) every later statement would fail
            result = outermost ? TransactionManager.callInTransaction(connectionSource, work)
                    : TransactionManager.callInTransaction(joined, connectionSource.getDatabaseType(), work);
            if (outermost && checkpoint && dialect == SqlDialect.H2) {
                tasks.executeRawNoArgs("CHECKPOINT"); // written to the file now, not within the next second
            }
        } catch (SQLException e) {
            storage.classify(e).ifPresent(full -> {
                throw full;
            });
            // ORMLite wraps a non-SQL exception from the work; give the caller back its own exception
            if (e.getCause() instanceof RuntimeException own && !(e.getCause() instanceof StoreException)) {
                throw own;
            }
            throw StoreException.wrap(e);
        } catch (RuntimeException e) {
            storage.classify(e).ifPresent(full -> {
                throw full;
            });
            throw e;
        }
        storage.wrote();
        return result;
    }

    /** Whether the disk takes writes; the engine and the window follow it. */
    public StorageHealth storage() {
        return storage;
    }

    /** Why closing could not save everything, when it could not (read after {@link #close()}). */
    public Optional<String> closeFailure() {
        return Optional.ofNullable(closeFailure);
    }

    /**
     * Forces every committed write to the device (fsync). Whatever Kumo acknowledges (a CLI command's exit code, a
     * saved form, a run's RUNNING record) goes through here first, so it survives a kill -9 or a power loss.
     */
    public void sync() {
        if (dialect != SqlDialect.H2) {
            return; // a PostgreSQL commit returns once it is durable
        }
        long mine = syncRequests.incrementAndGet();
        synchronized (syncLock) {
            // group commit: an fsync that began after this caller's commit covers it too
            if (syncDone >= mine) {
                return;
            }
            long covers = syncRequests.get();
            try {
                StoreException.unchecked(() -> tasks.executeRawNoArgs("CHECKPOINT SYNC"));
            } catch (RuntimeException e) {
                storage.classify(e).ifPresent(full -> {
                    throw full;
                });
                throw e;
            }
            syncDone = covers;
        }
    }

    /** Asks for {@code SHUTDOWN COMPACT} at close: after many rows were deleted, it gives the space back to the disk. */
    public void compactOnClose() {
        compactOnClose = dialect == SqlDialect.H2;
    }

    @Override
    public void close() {
        if (compactOnClose) {
            compact();
        }
        try {
            connectionSource.close();
            if (pool != null) {
                pool.close();
            }
            LOG.info("Database closed");
        } catch (Exception e) {
            LOG.error("Closing the database failed", e);
            closeFailure = storage.classify(e).<String>map(full -> "the database's last changes (" + full.getMessage() + ")")
                    .orElse("the database's last changes (" + e.getMessage() + ")");
        }
    }
}
