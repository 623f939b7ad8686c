package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;

/** A recorded action: who did what to which target, with the changed fields (JSON) in {@code details}. */
@DatabaseTable(tableName = "audit_events")
public class AuditEvent {

    @DatabaseField(generatedId = true, columnName = "id")
    private Long id;
    @DatabaseField(columnName = "occurred_at", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant occurredAt;
    @DatabaseField(columnName = "actor", canBeNull = false)
    private String actor;
    @DatabaseField(columnName = "action", canBeNull = false)
    private String action;
    @DatabaseField(columnName = "target_type", canBeNull = false)
    private String targetType;
    @DatabaseField(columnName = "target_id")
    private String targetId;
    @DatabaseField(columnName = "target_name")
    private String targetName;
    @DatabaseField(columnName = "details")
    private String details;

    public AuditEvent() {
        // for ORMLite
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String targetName, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetName = targetName;
        this.details = details;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getTargetName() { return targetName; }
    public String getDetails() { return details; }
}
