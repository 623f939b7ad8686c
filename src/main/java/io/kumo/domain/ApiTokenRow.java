package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A REST API token as stored: its name, role and SHA-256 (the token itself is shown once and never kept). */
@DatabaseTable(tableName = "api_tokens")
public class ApiTokenRow extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "role", canBeNull = false)
    private String role;
    @DatabaseField(columnName = "token_hash", canBeNull = false)
    private String tokenHash;
    @DatabaseField(columnName = "expires_at", persisterClass = InstantPersister.class)
    private Instant expiresAt;
    @DatabaseField(columnName = "last_used_at", persisterClass = InstantPersister.class)
    private Instant lastUsedAt;

    /** ORMLite. */
    public ApiTokenRow() {
    }

    public ApiTokenRow(String name, String role, String tokenHash, Instant expiresAt) {
        this.name = name;
        this.role = role;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    @Override
    public String auditTargetType() {
        return "API_TOKEN";
    }

    /** Never the hash: an audit reader learns the name, role and expiry only. */
    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("role", role);
        fields.put("expires", expiresAt);
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public void setLastUsedAt(Instant lastUsedAt) { this.lastUsedAt = lastUsedAt; }
}
