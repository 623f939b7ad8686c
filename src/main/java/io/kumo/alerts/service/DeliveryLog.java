package io.kumo.alerts.service;

import com.j256.ormlite.dao.Dao;
import com.j256.ormlite.field.SqlType;
import com.j256.ormlite.stmt.QueryBuilder;
import com.j256.ormlite.stmt.SelectArg;
import com.j256.ormlite.stmt.UpdateBuilder;
import com.j256.ormlite.stmt.Where;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.domain.AlertDelivery;
import io.kumo.store.Database;
import io.kumo.storage.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The delivery log: what was sent where and how it went. Its writes need no fsync (a line a kill -9 takes back is one
 * the next start would abandon anyway), so they go through {@link Database#inTransactionWithoutSync}.
 */
public final class DeliveryLog {

    /** The error column's width. */
    static final int ERROR_CHARS = 1000;
    private static final int SUBJECT_CHARS = 1000;
    private static final Set<DeliveryStatus> FINAL = EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.DROPPED);
    private static final List<String> UNFINISHED = List.of(DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name(),
            DeliveryStatus.HELD.name());

    private final Database database;
    private final Dao<AlertDelivery, Long> dao;
    private final Clock clock;

    public DeliveryLog(Database database, Clock clock) {
        this.database = database;
        this.dao = database.alertDeliveries();
        this.clock = clock;
    }

    /** Newest first. */
    public List<DeliveryView> page(DeliveryQuery query, int offset, int limit) {
        return StoreException.unchecked(() -> {
            QueryBuilder<AlertDelivery, Long> builder = dao.queryBuilder();
            filter(builder.where(), query);
            return builder.orderBy("created_at", false).orderBy("id", false)
                    .offset((long) Math.max(0, offset)).limit((long) Math.max(0, limit)).query()
                    .stream().map(DeliveryLog::view).toList();
        });
    }

    public long count(DeliveryQuery query) {
        return StoreException.unchecked(() -> {
            QueryBuilder<AlertDelivery, Long> builder = dao.queryBuilder().setCountOf(true);
            filter(builder.where(), query);
            return dao.countOf(builder.prepare());
        });
    }

    /** Writes a new line (created now, 0 attempts) and returns its id. {@code error} must already be masked. */
    public long open(long channelId, String channelName, EventKind event, Long runId, Long workflowRunId, String subject,
                     DeliveryStatus status) {
        AlertDelivery line = new AlertDelivery();
        line.setChannelId(channelId);
        line.setChannelName(channelName);
        line.setEvent(event.name());
        line.setRunId(runId);
        line.setWorkflowRunId(workflowRunId);
        line.setSubject(cut(subject, SUBJECT_CHARS));
        line.setStatus(status.name());
        Instant now = clock.instant();
        line.setCreatedAt(now);
        if (FINAL.contains(status)) {
            line.setFinishedAt(now);
        }
        return database.inTransactionWithoutSync(() -> {
            dao.create(line);
            return line.getId();
        });
    }

    /** Records an attempt's outcome; a final status (DELIVERED, FAILED, DROPPED) sets its finish time. */
    public void update(long id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String error) {
        Instant finished = FINAL.contains(status) ? clock.instant() : null;
        database.inTransactionWithoutSync(() -> {
            UpdateBuilder<AlertDelivery, Long> builder = dao.updateBuilder();
            builder.updateColumnValue("status", status.name()).updateColumnValue("attempts", attempts)
                    .updateColumnValue("next_attempt_at", instantOrNull(nextAttemptAt)).updateColumnValue("finished_at", instantOrNull(finished))
                    .updateColumnValue("error", cut(error, ERROR_CHARS));
            builder.where().eq("id", id);
            return builder.update();
        });
    }

    /** At start: lines a previous run of Kumo left PENDING, RETRYING or HELD become FAILED with {@code reason}. */
    public int abandonUnfinished(String reason) {
        return failUnfinished(null, reason);
    }

    /** A removed channel's unfinished lines become FAILED with {@code reason}; returns how many. */
    int abandonUnfinished(long channelId, String reason) {
        return failUnfinished(channelId, reason);
    }

    private int failUnfinished(Long channelId, String reason) {
        return database.inTransactionWithoutSync(() -> {
            UpdateBuilder<AlertDelivery, Long> builder = dao.updateBuilder();
            builder.updateColumnValue("status", DeliveryStatus.FAILED.name()).updateColumnValue("next_attempt_at", instantOrNull(null))
                    .updateColumnValue("finished_at", clock.instant()).updateColumnValue("error", cut(reason, ERROR_CHARS));
            Where<AlertDelivery, Long> where = builder.where().in("status", UNFINISHED);
            if (channelId != null) {
                where.and().eq("channel_id", channelId);
            }
            return builder.update();
        });
    }

    /** Retention: deletes lines created before {@code cutoff}; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        return database.inTransactionWithoutSync(() -> {
            var builder = dao.deleteBuilder();
            builder.where().lt("created_at", cutoff);
            return builder.delete();
        });
    }

    private static void filter(Where<AlertDelivery, Long> where, DeliveryQuery query) throws SQLException {
        int clauses = 0;
        if (query.channelId() != null) {
            where.eq("channel_id", query.channelId());
            clauses++;
        }
        if (query.channelName() != null) {
            where.eq("channel_name", new com.j256.ormlite.stmt.SelectArg(query.channelName()));
            clauses++;
        }
        if (!query.statuses().isEmpty()) {
            where.in("status", query.statuses().stream().map(Enum::name).toList());
            clauses++;
        }
        if (clauses >= 2) {
            where.and(clauses);
        } else if (clauses == 0) {
            where.raw("1=1");
        }
    }

    private static DeliveryView view(AlertDelivery line) {
        return new DeliveryView(line.getId(), line.getCreatedAt(), line.getChannelName(), eventOf(line.getEvent()),
                line.getRunId(), line.getWorkflowRunId(), line.getSubject(), DeliveryStatus.valueOf(line.getStatus()),
                line.getAttempts(), line.getFinishedAt(), line.getError());
    }

    private static EventKind eventOf(String stored) {
        return Arrays.stream(EventKind.values()).filter(kind -> kind.name().equals(stored)).findFirst().orElse(EventKind.TEST);
    }

    /** ORMLite sets a plain null as a VARCHAR, which PostgreSQL refuses for a BIGINT column: a typed null instead. */
    private static Object instantOrNull(Instant value) {
        return value != null ? value : new SelectArg(SqlType.LONG, null);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
