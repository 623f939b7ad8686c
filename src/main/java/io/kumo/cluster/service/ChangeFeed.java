package io.kumo.cluster.service;

import io.kumo.engine.EngineTasks;
import io.kumo.settings.Settings;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Other nodes' changes, found by comparing snapshots: each task's and workflow's {@code updated_at} (every save moves
 * it) and the global pause. What changed since the last look is told to this node's engines; the first look only takes
 * the snapshot. A change made here is told again, which the engines take as a no-op reschedule.
 */
final class ChangeFeed {

    private final Database database;
    private final EngineTasks tasks;
    private Map<Long, Long> taskVersions;
    private Map<Long, Long> workflowVersions;
    private Boolean paused;

    ChangeFeed(Database database, EngineTasks tasks) {
        this.database = database;
        this.tasks = tasks;
    }

    /** Takes the snapshot changes are measured from (before the engine reads the tasks at its start). */
    void baseline() {
        taskVersions = versions("tasks");
        workflowVersions = versions("workflows");
        paused = pausedNow();
    }

    /** Tells {@code engine} what changed since the last look. */
    void poll(MemberEngine engine) {
        if (taskVersions == null) {
            baseline();
            return;
        }
        Map<Long, Long> tasksNow = versions("tasks");
        Map<Long, Long> workflowsNow = versions("workflows");
        boolean pausedNow = pausedNow();
        changed(taskVersions, tasksNow).forEach(id -> tasks.find(id).ifPresent(engine::taskChanged));
        deleted(taskVersions, tasksNow).forEach(engine::taskDeleted);
        changed(workflowVersions, workflowsNow).forEach(engine::workflowChanged);
        deleted(workflowVersions, workflowsNow).forEach(engine::workflowDeleted);
        if (!Objects.equals(paused, pausedNow)) {
            engine.schedulingPaused(pausedNow);
        }
        taskVersions = tasksNow;
        workflowVersions = workflowsNow;
        paused = pausedNow;
    }

    private static java.util.List<Long> changed(Map<Long, Long> before, Map<Long, Long> now) {
        return now.entrySet().stream().filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static java.util.List<Long> deleted(Map<Long, Long> before, Map<Long, Long> now) {
        return before.keySet().stream().filter(id -> !now.containsKey(id)).sorted().toList();
    }

    private Map<Long, Long> versions(String table) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            Map<Long, Long> versions = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, updated_at FROM " + table);
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return versions;
        }));
    }

    /** Read past the settings cache: another node may have paused. */
    private boolean pausedNow() {
        String stored = StoreException.unchecked(() -> database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
                query.setString(1, Settings.SCHEDULER_PAUSED.key());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }));
        try {
            return stored == null ? Settings.SCHEDULER_PAUSED.defaultValue() : Settings.SCHEDULER_PAUSED.parser().apply(stored);
        } catch (IllegalArgumentException e) {
            return Settings.SCHEDULER_PAUSED.defaultValue();
        }
    }
}
