package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;

/** One key/value application setting. */
@DatabaseTable(tableName = "settings")
public class Setting {

    @DatabaseField(id = true, columnName = "setting_key")
    private String key;
    @DatabaseField(columnName = "setting_value")
    private String value;
    @DatabaseField(columnName = "updated_at", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant updatedAt;

    public Setting() {
        // for ORMLite
    }

    public Setting(String key, String value, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public Instant getUpdatedAt() { return updatedAt; }
}
