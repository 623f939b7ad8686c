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

    /** @param names each task's name in the report, by id */
    List<Report.FailureGroup> groups(RunTally tally, Map<Long, String> names) {
        Map<Key, Group> groups = new HashMap<>();
        tally.failures.forEach((key, figures) -> {
            Group group = groups.computeIfAbsent(new Key(key.fingerprint(), key.reason()), k -> new Group());
            group.count += figures.count;
            group.first = Math.min(group.first, figures.first);
            group.last = Math.max(group.last, figures.last);
            group.taskCounts.merge(names.get(key.taskId()), figures.count, Long::sum);
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
