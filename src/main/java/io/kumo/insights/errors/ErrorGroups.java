package io.kumo.insights.errors;

import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.RunStore;
import io.kumo.logs.RunLogSource;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.store.SqlDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed runs grouped by their error's fingerprint (window, CLI and API read the same groups). A run is classified
 * once, after it ended: its {@code error_fingerprint} is set (the engine's own row writes never touch that column) and
 * its group counted in the same transaction. Two nodes may classify runs of one new group at once: the insert that
 * loses that race becomes an update, and only the winner's group is NEW.
 */
public final class ErrorGroups {

    /** The outcomes that are grouped. */
    public static final Set<RunStatus> FAILURES = Set.of(RunStatus.FAILED, RunStatus.TIMEOUT);
    public static final int SPARK_DAYS = 30;
    static final int RECENT_RUNS = 20;
    private static final int MIN_PREFIX = 4;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,40}");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorGroups.class);

    private final Database database;
    private final RunLogSource logs;
    private final LongFunction<Optional<Path>> projectRootOfTask;
    private final ErrorGroupReads reads;

    /** @param projectRootOfTask the folder of a task's project, by task id (empty for a task without one, or a step) */
    public ErrorGroups(Database database, RunLogSource logs, LongFunction<Optional<Path>> projectRootOfTask) {
        this.database = database;
        this.logs = logs;
        this.projectRootOfTask = projectRootOfTask;
        this.reads = new ErrorGroupReads(database);
    }

    /**
     * Names the error of a run that ended FAILED or TIMEOUT and counts it in its group. Empty for any other run, and for
     * a run already classified (the listener and the backfill may both see it). Reads the run's log: call off the
     * engine's and the FX thread.
     */
    public Optional<Classification> classify(Run run) {
        if (run.getId() == null || run.getStatus() == null || !FAILURES.contains(run.getStatus())) {
            return Optional.empty();
        }
        List<String> lines = logs.file(run).map(FailureLog::lastLines).orElse(List.of());
        ErrorSignature signature = ErrorSignatures.of(lines, projectRootOfTask.apply(run.getTaskId()), run.getError());
        Instant at = run.getEndedAt() != null ? run.getEndedAt() : run.getScheduledFor();
        Boolean isNew = database.inTransaction(() -> database.withConnection(connection -> {
            if (!markRun(connection, run.getId(), signature.fingerprint())) {
                return null;
            }
            return count(connection, signature, at.toEpochMilli(), run.getId());
        }));
        return isNew == null ? Optional.empty() : Optional.of(new Classification(run.getId(), signature, isNew));
    }

    /**
     * Classifies up to {@code limit} ended failures that have no fingerprint yet, newest first (an install upgraded to
     * groups gets its recent history grouped). Answers how many were classified.
     */
    public int backfill(int limit) {
        List<Run> unclassified = StoreException.unchecked(() -> database.runs().queryBuilder()
                .orderBy("id", false).limit((long) limit)
                .where().in("status", List.copyOf(FAILURES)).and().isNull("error_fingerprint").query());
        int classified = 0;
        for (Run run : unclassified) {
            if (Thread.currentThread().isInterrupted()) {
                break; // Kumo stops: the next start goes on
            }
            try {
                if (classify(run).isPresent()) {
                    classified++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not classify the error of run {} ({})", run.getId(), e.getMessage());
            }
        }
        return classified;
    }

    /** The groups with failures in the query's window, most failures first. */
    public List<ErrorGroup> groups(ErrorGroupQuery query, Instant now) {
        return reads.groups(query, now);
    }

    /**
     * The group whose fingerprint starts with {@code prefix} (at least {@value #MIN_PREFIX} hex characters), with its
     * newest runs; empty when none has it.
     *
     * @throws ValidationException when the prefix is not hex, too short, or names more than one group
     */
    public Optional<ErrorGroupDetail> group(String prefix, ErrorGroupQuery query, Instant now) {
        String wanted = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(wanted).matches() || wanted.length() < MIN_PREFIX) {
            throw new ValidationException("A fingerprint is " + MIN_PREFIX + " to 40 hex characters (0-9, a-f), not '" + prefix + "'");
        }
        List<String> matching = reads.fingerprintsStartingWith(wanted);
        if (matching.size() > 1) {
            throw new ValidationException("'" + prefix + "' names " + matching.size() + " error groups; give more characters");
        }
        return matching.stream().findFirst().flatMap(fingerprint -> reads.detail(fingerprint, query, now, RECENT_RUNS));
    }

    /** Sets the run's fingerprint unless it has one; false when it had (classified already). */
    private static boolean markRun(Connection connection, long runId, String fingerprint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE runs SET error_fingerprint = ? WHERE id = ? AND error_fingerprint IS NULL")) {
            update.setString(1, fingerprint);
            update.setLong(2, runId);
            return update.executeUpdate() == 1;
        }
    }

    /** Counts the run in its group; true when this insert made the group. */
    private boolean count(Connection connection, ErrorSignature signature, long at, long runId) throws SQLException {
        if (update(connection, signature, at, runId)) {
            return false;
        }
        if (insert(connection, signature, at, runId)) {
            return true;
        }
        update(connection, signature, at, runId); // another node inserted it meanwhile
        return false;
    }

    /** The newest run's message and line win; first seen only moves back (the backfill goes newest first). */
    private static boolean update(Connection connection, ErrorSignature signature, long at, long runId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE error_groups SET "
                + "message = CASE WHEN ? >= last_seen THEN ? ELSE message END, "
                + "line_no = CASE WHEN ? >= last_seen THEN ? ELSE line_no END, "
                + "last_run_id = CASE WHEN ? >= last_seen THEN ? ELSE last_run_id END, "
                + "first_seen = LEAST(first_seen, ?), last_seen = GREATEST(last_seen, ?), run_count = run_count + 1 "
                + "WHERE fingerprint = ?")) {
            int i = 1;
            update.setLong(i++, at);
            update.setString(i++, signature.message());
            update.setLong(i++, at);
            setInteger(update, i++, signature.line());
            update.setLong(i++, at);
            update.setLong(i++, runId);
            update.setLong(i++, at);
            update.setLong(i++, at);
            update.setString(i, signature.fingerprint());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * False when another transaction inserted the group first. PostgreSQL skips the row on conflict (a failed statement
     * would abort the whole transaction there); on H2 the unique violation is the answer and the transaction goes on.
     */
    private boolean insert(Connection connection, ErrorSignature signature, long at, long runId) throws SQLException {
        boolean postgres = database.dialect() == SqlDialect.POSTGRESQL;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO error_groups (fingerprint, exception_type, "
                + "message, file_path, line_no, function_name, first_seen, last_seen, run_count, last_run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)" + (postgres ? " ON CONFLICT (fingerprint) DO NOTHING" : ""))) {
            int i = 1;
            insert.setString(i++, signature.fingerprint());
            insert.setString(i++, cut(signature.type(), 200));
            insert.setString(i++, signature.message());
            insert.setString(i++, signature.file() == null ? null : cut(signature.file(), 1000));
            setInteger(insert, i++, signature.line());
            insert.setString(i++, signature.function() == null ? null : cut(signature.function(), 200));
            insert.setLong(i++, at);
            insert.setLong(i++, at);
            insert.setLong(i, runId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (RunStore.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
