package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Project;
import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a fresh data directory for {@link ScaleBenchmark}: projects through the core (so the schema is migrated), then
 * tasks and runs (as {@link DashboardBenchmark} inserts them) with batched JDBC while Kumo is closed. The tasks are a realistic mix: half cron (daily, weekly,
 * monthly, every few hours), half intervals of 1 min to 1 day, in 20 projects, some tagged, one in ten paused. Nothing
 * is due for the first {@code quietMinutes}: interval anchors lie after that, cron hours are at least one hour away,
 * so an idle measurement is idle (fires are the lateness and burst benchmarks' subject).
 */
final class ScaleData {

    static final int PROJECTS = 20;
    private static final long[] INTERVALS = {60, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400};
    private static final String[] TAGS = {null, "nightly", "reports", "etl,nightly", "sync", null};

    private final DataDirectory data;
    private final List<Long> projectIds = new ArrayList<>();
    private final List<Long> taskIds = new ArrayList<>();
    private final List<String> taskNames = new ArrayList<>();

    ScaleData(DataDirectory data) {
        this.data = data;
    }

    List<Long> taskIds() {
        return taskIds;
    }

    void fill(int tasks, int runs, int quietMinutes) throws Exception {
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), new Actor("bench@localhost"))) {
            for (int p = 0; p < PROJECTS; p++) {
                projectIds.add(core.projects().create(new Project("project-" + p, data.root().resolve("p" + p).toString())).getId());
            }
        }
        try (Connection connection = DriverManager.getConnection(Database.urlFor(data.database()), "kumo", "")) {
            connection.setAutoCommit(false);
            insertTasks(connection, tasks, Instant.now().plusSeconds(quietMinutes * 60L));
            readTaskIds(connection);
        }
        if (runs > 0) {
            DashboardBenchmark.insertRuns(data.database(), runs, 60, taskIds, taskNames);
        }
    }

    private void insertTasks(Connection connection, int tasks, Instant quietUntil) throws Exception {
        long now = System.currentTimeMillis();
        int firstHour = ZonedDateTime.now(ZoneId.systemDefault()).plusMinutes(61).getHour();
        Random random = new Random(7);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tasks (name, description, project_id, command, "
                + "trigger_type, cron_expr, interval_seconds, anchor_at, enabled, tags, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < tasks; i++) {
                insert.setString(1, "task-" + i);
                insert.setString(2, i % 3 == 0 ? "nightly export of batch " + i : null);
                insert.setLong(3, projectIds.get(i % PROJECTS));
                insert.setString(4, "python3 scripts/job_" + (i % 97) + ".py --part " + i);
                if (i % 2 == 0) {
                    insert.setString(5, "CRON");
                    insert.setString(6, cron(i, random, firstHour));
                    insert.setNull(7, Types.BIGINT);
                    insert.setNull(8, Types.BIGINT);
                } else {
                    long every = INTERVALS[random.nextInt(INTERVALS.length)];
                    insert.setString(5, "INTERVAL");
                    insert.setNull(6, Types.VARCHAR);
                    insert.setLong(7, every);
                    insert.setLong(8, quietUntil.toEpochMilli() + random.nextInt(600_000));
                }
                insert.setBoolean(9, i % 10 != 9);
                String tag = TAGS[i % TAGS.length];
                if (tag == null) {
                    insert.setNull(10, Types.VARCHAR);
                } else {
                    insert.setString(10, tag);
                }
                insert.setLong(11, now);
                insert.setLong(12, now);
                insert.addBatch();
                if (i % 2_000 == 1_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** Daily, weekly, monthly or every few hours, always at an hour at least one hour from now. */
    private static String cron(int i, Random random, int firstHour) {
        int minute = random.nextInt(60);
        int hour = (firstHour + random.nextInt(20)) % 24;
        return switch (i % 8) {
            case 0, 2 -> minute + " " + hour + " * * *";
            case 4 -> minute + " " + hour + " * * " + (1 + random.nextInt(5));
            default -> minute + " " + hour + " " + (1 + random.nextInt(28)) + " * *";
        };
    }

    private void readTaskIds(Connection connection) throws Exception {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT id, name FROM tasks ORDER BY id")) {
            while (rows.next()) {
                taskIds.add(rows.getLong(1));
                taskNames.add(rows.getString(2));
            }
        }
    }

}
