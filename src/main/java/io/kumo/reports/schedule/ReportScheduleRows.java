package io.kumo.reports.schedule;

import io.kumo.reports.ReportFormat;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code report_schedules} table in plain JDBC (portable SQL: H2 and PostgreSQL), with each channel's name. */
final class ReportScheduleRows {

    private static final String SELECT = "SELECT s.id, s.name, s.cron_expr, s.time_zone, s.period_days, s.project_id,"
            + " s.tag, s.format, s.channel_id, c.name AS channel_name, s.enabled, s.last_sent_at, s.last_error,"
            + " s.created_at, s.updated_at FROM report_schedules s JOIN alert_channels c ON c.id = s.channel_id";

    private final Database database;

    ReportScheduleRows(Database database) {
        this.database = database;
    }

    List<ReportSchedule> all() {
        return query(SELECT + " ORDER BY s.name", statement -> { });
    }

    Optional<ReportSchedule> byName(String name) {
        return query(SELECT + " WHERE s.name = ?", statement -> statement.setString(1, name)).stream().findFirst();
    }

    Optional<ReportSchedule> byId(long id) {
        return query(SELECT + " WHERE s.id = ?", statement -> statement.setLong(1, id)).stream().findFirst();
    }

    /** @return the new row's id */
    long insert(ReportSchedule schedule) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_schedules (name, cron_expr,"
                    + " time_zone, period_days, project_id, tag, format, channel_id, enabled, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, schedule);
                insert.setLong(10, schedule.createdAt().toEpochMilli());
                insert.setLong(11, schedule.updatedAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return byName(schedule.name()).orElseThrow().id();
    }

    void update(ReportSchedule schedule) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE report_schedules SET name = ?,"
                    + " cron_expr = ?, time_zone = ?, period_days = ?, project_id = ?, tag = ?, format = ?, channel_id = ?,"
                    + " enabled = ?, updated_at = ? WHERE id = ?")) {
                bind(update, schedule);
                update.setLong(10, schedule.updatedAt().toEpochMilli());
                update.setLong(11, schedule.id());
                return update.executeUpdate();
            }
        });
    }

    void delete(long id) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report_schedules WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Takes the sending of the report due at {@code due}: true for exactly one caller, however many nodes ask, since
     * the row changes only while its last claim is older.
     */
    boolean claim(long id, Instant due) {
        return write("UPDATE report_schedules SET last_sent_at = ? WHERE id = ? AND (last_sent_at IS NULL OR last_sent_at < ?)",
                statement -> {
                    statement.setLong(1, due.toEpochMilli());
                    statement.setLong(2, id);
                    statement.setLong(3, due.toEpochMilli());
                }) == 1;
    }

    /** After a sending: its error (null when it went through) and, when {@code sentAt} is not null, when. */
    void outcome(long id, Instant sentAt, String error) {
        write(sentAt == null ? "UPDATE report_schedules SET last_error = ? WHERE id = ?"
                : "UPDATE report_schedules SET last_error = ?, last_sent_at = ? WHERE id = ?", statement -> {
            statement.setString(1, error);
            if (sentAt == null) {
                statement.setLong(2, id);
            } else {
                statement.setLong(2, sentAt.toEpochMilli());
                statement.setLong(3, id);
            }
        });
    }

    private static void bind(PreparedStatement statement, ReportSchedule schedule) throws SQLException {
        statement.setString(1, schedule.name());
        statement.setString(2, schedule.cron());
        statement.setString(3, schedule.zone().getId());
        statement.setInt(4, schedule.periodDays());
        if (schedule.projectId() == null) {
            statement.setNull(5, Types.BIGINT);
        } else {
            statement.setLong(5, schedule.projectId());
        }
        statement.setString(6, schedule.tag());
        statement.setString(7, schedule.format().extension());
        statement.setLong(8, schedule.channelId());
        statement.setBoolean(9, schedule.enabled());
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int write(String sql, Binder binder) {
        return StoreException.unchecked(() -> database.inTransaction(() -> database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        })));
    }

    private List<ReportSchedule> query(String sql, Binder binder) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                List<ReportSchedule> schedules = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        schedules.add(schedule(rows));
                    }
                }
                return schedules;
            }
        }));
    }

    private static ReportSchedule schedule(ResultSet rows) throws SQLException {
        long project = rows.getLong("project_id");
        Long projectId = rows.wasNull() ? null : project;
        long sent = rows.getLong("last_sent_at");
        Instant lastSentAt = rows.wasNull() ? null : Instant.ofEpochMilli(sent);
        return new ReportSchedule(rows.getLong("id"), rows.getString("name"), rows.getString("cron_expr"),
                ZoneId.of(rows.getString("time_zone")), rows.getInt("period_days"), projectId, rows.getString("tag"),
                ReportFormat.parse(rows.getString("format")), rows.getLong("channel_id"), rows.getString("channel_name"),
                rows.getBoolean("enabled"), lastSentAt, rows.getString("last_error"),
                Instant.ofEpochMilli(rows.getLong("created_at")), Instant.ofEpochMilli(rows.getLong("updated_at")));
    }
}
