package io.kumo.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The period's failed, timed-out and interrupted runs grouped by error fingerprint (described by {@code error_groups});
 * runs without a fingerprint are grouped by Kumo's own one-line reason, as type "Error". At most {@link #LIMIT} groups,
 * the largest first.
 */
final class FailureFigures {

    static final int LIMIT = 100;
    private static final String NO_REASON = "(no reason recorded)";

    private final ReportRows rows;

    FailureFigures(ReportRows rows) {
        this.rows = rows;
    }

    private record Key(String fingerprint, String error) {
    }

    private static final class Group {
        long count;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        final Map<String, Long> taskCounts = new LinkedHashMap<>();
    }

    List<Report.FailureGroup> groups(RunFilter filter, ReportSelection selection) {
        Map<Key, Group> groups = new HashMap<>();
        rows.query("SELECT fp, err, task_id, MAX(task_name), COUNT(*), MIN(scheduled_for), MAX(scheduled_for) FROM ("
                + "SELECT error_fingerprint AS fp, CASE WHEN error_fingerprint IS NULL THEN error END AS err, task_id, task_name, "
                + "scheduled_for FROM runs" + filter.where() + " AND " + RunSql.NOT_SUCCEEDED + ") f GROUP BY fp, err, task_id",
                row -> {
                    Group group = groups.computeIfAbsent(new Key(row.getString(1), row.getString(2)), key -> new Group());
                    SelectedTask task = selection.tasks().get(row.getLong(3));
                    long count = row.getLong(5);
                    group.count += count;
                    group.first = Math.min(group.first, row.getLong(6));
                    group.last = Math.max(group.last, row.getLong(7));
                    group.taskCounts.merge(task == null ? row.getString(4) : task.name(), count, Long::sum);
                    return null;
                });
        List<Map.Entry<Key, Group>> largest = groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, Group> entry) -> -entry.getValue().count)
                        .thenComparing(entry -> Objects.toString(entry.getKey().fingerprint(), ""))
                        .thenComparing(entry -> Objects.toString(entry.getKey().error(), "")))
                .limit(LIMIT).toList();
        Map<String, ErrorGroup> described = describe(largest.stream().map(entry -> entry.getKey().fingerprint())
                .filter(Objects::nonNull).toList());
        List<Report.FailureGroup> result = new ArrayList<>();
        for (Map.Entry<Key, Group> entry : largest) {
            Key key = entry.getKey();
            Group group = entry.getValue();
            List<String> tasks = group.taskCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            ErrorGroup known = key.fingerprint() == null ? null : described.get(key.fingerprint());
            String type = known == null ? "Error" : known.type();
            String message = known != null ? known.message() : key.error() == null ? NO_REASON : key.error();
            result.add(new Report.FailureGroup(key.fingerprint(), type, message, known == null ? null : known.location(),
                    group.count, Instant.ofEpochMilli(group.first), Instant.ofEpochMilli(group.last), tasks));
        }
        return result;
    }

    private record ErrorGroup(String type, String message, String location) {
    }

    private Map<String, ErrorGroup> describe(List<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Map.of();
        }
        return rows.withConnection(connection -> {
            Map<String, ErrorGroup> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT exception_type, message, file_path, line_no, "
                    + "function_name FROM error_groups WHERE fingerprint = ?")) {
                for (String fingerprint : fingerprints) {
                    select.setString(1, fingerprint);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            found.put(fingerprint, new ErrorGroup(row.getString(1), row.getString(2),
                                    location(row.getString(3), ReportRows.longOrNull(row, 4), row.getString(5))));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** "spider.py:42 in parse", or null when the group names no file. */
    private static String location(String file, Long line, String function) {
        if (file == null) {
            return null;
        }
        return file + (line == null ? "" : ":" + line) + (function == null ? "" : " in " + function);
    }
}
