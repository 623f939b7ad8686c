package io.kumo.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.common.Actor;
import io.kumo.domain.AuditEvent;
import io.kumo.domain.Auditable;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the audit log. Writers call it inside the same transaction as the change they record, so a change
 * and its audit entry land together or not at all.
 */
public final class AuditService {

    private final Database database;
    private final Clock clock;
    private final Actor actor;
    /** Made at the first audit entry written or read: a read-only command never pays for Jackson's mapper. */
    private volatile ObjectMapper json;

    public AuditService(Database database, Clock clock, Actor actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** Who acts now: a REST API request's token actor while one is bound, else the instance's user. */
    public Actor actor() {
        return Actor.ACTING.orElse(actor);
    }

    private ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            synchronized (this) {
                mapper = json;
                if (mapper == null) {
                    mapper = new ObjectMapper();
                    json = mapper;
                }
            }
        }
        return mapper;
    }

    public void recordCreate(Auditable created) {
        record(AuditAction.CREATE, created, FieldChange.between(Map.of(), created.auditFields()).values(), null);
    }


    public void recordDelete(Auditable deleted) {
        record(AuditAction.DELETE, deleted, FieldChange.between(deleted.auditFields(), Map.of()).values(), null);
    }

    public void record(AuditAction action, Auditable target, Collection<FieldChange> changes, String note) {
        record(action.name(), target.auditTargetType(), String.valueOf(target.getId()), target.getName(), changes, note);
    }

    public void record(String action, String targetType, String targetId, String targetName,
                       Collection<FieldChange> changes, String note) {
        AuditEvent event = new AuditEvent(clock.instant(), actor().name(), action, targetType, targetId, targetName,
                encode(changes, note));
        try {
            database.auditEvents().create(event);
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(long limit) {
        return query(AuditQuery.latest(limit));
    }

    /** The newest entry about one target (a setting's key, a task's id), if the log still holds one. */
    public Optional<AuditEntry> newestAbout(String targetType, String targetId) {
        try {
            AuditEvent event = database.auditEvents().queryBuilder().orderBy("occurred_at", false).orderBy("id", false)
                    .where().eq("target_type", targetType).and().eq("target_id", targetId).queryForFirst();
            return Optional.ofNullable(event).map(this::decode);
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    /** Entries matching the query, newest first; the keyword matches actor, target name and details, any case. */
    public List<AuditEntry> query(AuditQuery query) {
        try {
            var builder = database.auditEvents().queryBuilder().orderBy("occurred_at", false).orderBy("id", false)
                    .limit(query.limit());
            var where = builder.where();
            int clauses = 0;
            if (query.since() != null) {
                where.ge("occurred_at", query.since());
                clauses++;
            }
            if (query.until() != null) {
                where.lt("occurred_at", query.until());
                clauses++;
            }
            if (query.action() != null && !query.action().isBlank()) {
                where.eq("action", query.action());
                clauses++;
            }
            if (query.targetType() != null && !query.targetType().isBlank()) {
                where.eq("target_type", query.targetType());
                clauses++;
            }
            if (query.keyword() != null && !query.keyword().isBlank()) {
                String like = "%" + query.keyword().strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.or(where.raw("LOWER(actor) LIKE ?", new com.j256.ormlite.stmt.SelectArg(
                                com.j256.ormlite.field.SqlType.STRING, like)),
                        where.raw("LOWER(target_name) LIKE ?", new com.j256.ormlite.stmt.SelectArg(
                                com.j256.ormlite.field.SqlType.STRING, like)),
                        where.raw("LOWER(details) LIKE ?", new com.j256.ormlite.stmt.SelectArg(
                                com.j256.ormlite.field.SqlType.STRING, like)));
                clauses++;
            }
            if (clauses == 0) {
                builder.setWhere(null);
            } else if (clauses > 1) {
                where.and(clauses);
            }
            List<AuditEvent> events = builder.query();
            List<AuditEntry> entries = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                entries.add(decode(event));
            }
            return entries;
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    private String encode(Collection<FieldChange> changes, String note) {
        ObjectMapper json = json();
        ObjectNode root = json.createObjectNode();
        ObjectNode fields = root.putObject("changes");
        for (FieldChange change : changes) {
            ObjectNode node = fields.putObject(change.field());
            node.set("before", json.valueToTree(change.before()));
            node.set("after", json.valueToTree(change.after()));
        }
        if (note != null) {
            root.put("note", note);
        }
        return root.toString();
    }

    private AuditEntry decode(AuditEvent event) {
        List<FieldChange> changes = new ArrayList<>();
        String note = null;
        if (event.getDetails() != null) {
            try {
                JsonNode root = json().readTree(event.getDetails());
                root.path("changes").properties().forEach(field -> changes.add(new FieldChange(field.getKey(),
                        value(field.getValue().get("before")), value(field.getValue().get("after")))));
                note = root.hasNonNull("note") ? root.get("note").asText() : null;
            } catch (JsonProcessingException e) {
                note = event.getDetails();
            }
        }
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                event.getTargetType(), event.getTargetId(), event.getTargetName(), changes, note);
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.numberValue() : node.asText();
    }
}
