package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A task's or workflow's trigger URL as stored: its public id, its target and its sealed secret. */
@DatabaseTable(tableName = "hook_triggers")
public class HookTriggerRow extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "public_id", canBeNull = false)
    private String publicId;
    /** TASK or WORKFLOW. */
    @DatabaseField(columnName = "target_kind", canBeNull = false)
    private String targetKind;
    @DatabaseField(columnName = "target_id", canBeNull = false)
    private long targetId;
    @DatabaseField(columnName = "secret_sealed", canBeNull = false)
    private String secretSealed;
    @DatabaseField(columnName = "last_called_at", persisterClass = InstantPersister.class)
    private Instant lastCalledAt;
    /** Not stored: the target's name, set by the service for the audit entry. */
    private transient String targetName;

    /** ORMLite. */
    public HookTriggerRow() {
    }

    public HookTriggerRow(String publicId, String targetKind, long targetId, String secretSealed) {
        this.publicId = publicId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.secretSealed = secretSealed;
    }

    @Override
    public String auditTargetType() {
        return "HOOK";
    }

    /** The trigger's public id; the secret never reaches the audit log. */
    @Override
    public String getName() {
        return publicId;
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("target", targetKind.toLowerCase(java.util.Locale.ROOT) + " " + (targetName == null ? "#" + targetId : targetName));
        return fields;
    }

    public String getPublicId() { return publicId; }
    public String getTargetKind() { return targetKind; }
    public long getTargetId() { return targetId; }
    public String getSecretSealed() { return secretSealed; }
    public void setSecretSealed(String secretSealed) { this.secretSealed = secretSealed; }
    public Instant getLastCalledAt() { return lastCalledAt; }
    public void setLastCalledAt(Instant lastCalledAt) { this.lastCalledAt = lastCalledAt; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
}
