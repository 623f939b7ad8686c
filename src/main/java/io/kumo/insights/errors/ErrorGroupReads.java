package io.kumo.insights.errors;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The groups as a window sees them, counted in SQL over the runs' (error_fingerprint, scheduled_for) index: no run row
 * reaches Java but a group's recent runs. Days are bucketed by a CASE over day starts computed in the zone asked.
 */
final class ErrorGroupReads {

    /** The most groups one listing shows (most failures first). */
    static final int MAX_GROUPS = 500;

    private final Database database;

    ErrorGroupReads(Database database) {
        this.database = database;
    }

    List<ErrorGroup> groups(ErrorGroupQuery query, Instant now) {
        return read(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (PreparedStatement select = prepare(connection, "SELECT error_fingerprint, COUNT(*) AS n FROM runs WHERE "
                    + "error_fingerprint IS NOT NULL" + filters(query) + " GROUP BY error_fingerprint ORDER BY n DESC, "
                    + "error_fingerprint LIMIT " + MAX_GROUPS, filterValues(query))) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return assemble(connection, counts, query, now);
        });
    }

    Optional<ErrorGroupDetail> detail(String fingerprint, ErrorGroupQuery query, Instant now, int recent) {
        return read(connection -> {
            long inWindow = 0;
            List<Object> values = new ArrayList<>(List.of(fingerprint));
            values.addAll(filterValues(query));
            try (PreparedStatement select = prepare(connection, "SELECT COUNT(*) FROM runs WHERE error_fingerprint = ?"
                    + filters(query), values); ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    inWindow = rows.getLong(1);
                }
            }
            List<ErrorGroup> found = assemble(connection, Map.of(fingerprint, inWindow), query, now);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ErrorGroupDetail(found.getFirst(), recentRuns(connection, fingerprint, recent)));
        });
    }

    List<String> fingerprintsStartingWith(String prefix) {
        return read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = prepare(connection,
                    "SELECT fingerprint FROM error_groups WHERE fingerprint LIKE ? ORDER BY fingerprint LIMIT 10", List.of(prefix + "%"));
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
    }

    private List<ErrorGroup> assemble(Connection connection, Map<String, Long> counts, ErrorGroupQuery query, Instant now)
            throws SQLException {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<String> fingerprints = List.copyOf(counts.keySet());
        Map<String, List<String>> tasks = taskNames(connection, fingerprints, query);
        Map<String, long[]> daily = daily(connection, fingerprints, query, now);
        List<ErrorGroup> groups = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT fingerprint, exception_type, message, file_path, line_no, "
                + "function_name, first_seen, last_seen, run_count, last_run_id FROM error_groups WHERE fingerprint IN ("
                + marks(fingerprints.size()) + ")", new ArrayList<>(fingerprints)); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String fingerprint = rows.getString(1);
                int line = rows.getInt(5);
                Integer lineNo = rows.wasNull() ? null : line;
                long lastRun = rows.getLong(10);
                Long lastRunId = rows.wasNull() ? null : lastRun;
                groups.add(new ErrorGroup(fingerprint, rows.getString(2), rows.getString(3), rows.getString(4), lineNo,
                        rows.getString(6), Instant.ofEpochMilli(rows.getLong(7)), Instant.ofEpochMilli(rows.getLong(8)),
                        counts.get(fingerprint), rows.getLong(9), lastRunId, tasks.getOrDefault(fingerprint, List.of()),
                        java.util.Arrays.stream(daily.getOrDefault(fingerprint, new long[ErrorGroups.SPARK_DAYS])).boxed().toList()));
            }
        }
        groups.sort((a, b) -> a.windowCount() != b.windowCount() ? Long.compare(b.windowCount(), a.windowCount())
                : b.lastSeen().compareTo(a.lastSeen()));
        return groups;
    }

    private Map<String, List<String>> taskNames(Connection connection, List<String> fingerprints, ErrorGroupQuery query)
            throws SQLException {
        List<Object> values = new ArrayList<>(fingerprints);
        values.addAll(filterValues(query));
        Map<String, TreeSet<String>> names = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT DISTINCT error_fingerprint, task_name FROM runs WHERE "
                + "error_fingerprint IN (" + marks(fingerprints.size()) + ")" + filters(query), values);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2) != null) {
                    names.computeIfAbsent(rows.getString(1), key -> new TreeSet<>()).add(rows.getString(2));
                }
            }
        }
        Map<String, List<String>> sorted = new HashMap<>();
        names.forEach((fingerprint, set) -> sorted.put(fingerprint, List.copyOf(set)));
        return sorted;
    }

    /** Failures per local day over the last {@link ErrorGroups#SPARK_DAYS} days (the task or project filter kept). */
    private Map<String, long[]> daily(Connection connection, List<String> fingerprints, ErrorGroupQuery query, Instant now)
            throws SQLException {
        ZoneId zone = query.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Long> starts = new ArrayList<>();
        for (int i = ErrorGroups.SPARK_DAYS - 1; i >= 0; i--) {
            starts.add(today.minusDays(i).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        StringBuilder day = new StringBuilder("CASE");
        for (int i = 1; i < starts.size(); i++) {
            day.append(" WHEN scheduled_for < ").append(starts.get(i)).append(" THEN ").append(i - 1);
        }
        day.append(" ELSE ").append(starts.size() - 1).append(" END");
        ErrorGroupQuery unbounded = new ErrorGroupQuery(null, query.projectId(), query.taskId(), zone);
        List<Object> values = new ArrayList<>(fingerprints);
        values.add(starts.getFirst());
        values.addAll(filterValues(unbounded));
        Map<String, long[]> series = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT error_fingerprint, " + day + " AS d, COUNT(*) FROM runs "
                + "WHERE error_fingerprint IN (" + marks(fingerprints.size()) + ") AND scheduled_for >= ?" + filters(unbounded)
                + " GROUP BY error_fingerprint, d", values); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                series.computeIfAbsent(rows.getString(1), key -> new long[ErrorGroups.SPARK_DAYS])[rows.getInt(2)] = rows.getLong(3);
            }
        }
        return series;
    }

    private List<ErrorRun> recentRuns(Connection connection, String fingerprint, int limit) throws SQLException {
        List<ErrorRun> runs = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT id, task_id, task_name, status, scheduled_for, ended_at, "
                + "exit_code FROM runs WHERE error_fingerprint = ? ORDER BY scheduled_for DESC, id DESC LIMIT " + limit,
                List.of(fingerprint)); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long ended = rows.getLong(6);
                Instant endedAt = rows.wasNull() ? null : Instant.ofEpochMilli(ended);
                int exit = rows.getInt(7);
                Integer exitCode = rows.wasNull() ? null : exit;
                runs.add(new ErrorRun(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        Instant.ofEpochMilli(rows.getLong(5)), endedAt, exitCode));
            }
        }
        return runs;
    }

    private static String filters(ErrorGroupQuery query) {
        return (query.since() == null ? "" : " AND scheduled_for >= ?")
                + (query.taskId() == null ? "" : " AND task_id = ?")
                + (query.projectId() == null ? "" : " AND task_id IN (SELECT id FROM tasks WHERE project_id = ?)");
    }

    private static List<Object> filterValues(ErrorGroupQuery query) {
        List<Object> values = new ArrayList<>();
        if (query.since() != null) {
            values.add(query.since().toEpochMilli());
        }
        if (query.taskId() != null) {
            values.add(query.taskId());
        }
        if (query.projectId() != null) {
            values.add(query.projectId());
        }
        return values;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            switch (values.get(i)) {
                case Long number -> statement.setLong(i + 1, number);
                case String text -> statement.setString(i + 1, text);
                default -> throw new IllegalArgumentException("Unexpected value " + values.get(i));
            }
        }
        return statement;
    }

    private <T> T read(Database.JdbcWork<T> work) {
        return StoreException.unchecked(() -> database.withConnection(work));
    }
}
