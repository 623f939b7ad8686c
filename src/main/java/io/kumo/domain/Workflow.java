package io.kumo.domain;

import com.j256.ormlite.field.DataType;
import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored workflow: its file as the user wrote it ({@code definition}) and the few fields lists and the audit log read
 * without parsing it. What the file says is parsed from it when it is read.
 */
@DatabaseTable(tableName = "workflows")
public class Workflow extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "description")
    private String description;
    @DatabaseField(columnName = "definition", canBeNull = false, dataType = DataType.LONG_STRING)
    private String definition;
    @DatabaseField(columnName = "enabled")
    private boolean enabled = true;
    @DatabaseField(columnName = "last_fired_at", persisterClass = InstantPersister.class)
    private Instant lastFiredAt;

    /** ORMLite. */
    public Workflow() {
    }

    public Workflow(String name, String description, String definition) {
        this.name = name;
        this.description = description;
        this.definition = definition;
    }

    @Override
    public String auditTargetType() {
        return "WORKFLOW";
    }

    /** The file is the definition: one field, so an edit's audit entry shows the file before and after. */
    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("definition", definition);
        fields.put("enabled", enabled);
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Instant getLastFiredAt() { return lastFiredAt; }
    public void setLastFiredAt(Instant lastFiredAt) { this.lastFiredAt = lastFiredAt; }
}
