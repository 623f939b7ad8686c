package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A global environment variable injected into every run; secret values never reach the audit log. */
@DatabaseTable(tableName = "env_variables")
public class EnvVariable extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "var_value", canBeNull = false)
    private String value;
    @DatabaseField(columnName = "secret")
    private boolean secret;
    @DatabaseField(columnName = "description")
    private String description;

    public EnvVariable() {
        // for ORMLite
    }

    public EnvVariable(String name, String value, boolean secret) {
        this.name = name;
        this.value = value;
        this.secret = secret;
    }

    @Override
    public String auditTargetType() {
        return "VARIABLE";
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("value", secret ? "******" : value);
        fields.put("secret", secret);
        fields.put("description", description);
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public boolean isSecret() { return secret; }
    public void setSecret(boolean secret) { this.secret = secret; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
