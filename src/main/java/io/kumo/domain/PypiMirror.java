package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A package index pip installs from; the enabled ones, in position order, become pip's index arguments. */
@DatabaseTable(tableName = "pypi_mirrors")
public class PypiMirror extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "url", canBeNull = false)
    private String url;
    @DatabaseField(columnName = "position", canBeNull = false)
    private int position;
    @DatabaseField(columnName = "enabled")
    private boolean enabled = true;
    @DatabaseField(columnName = "trusted")
    private boolean trusted;

    public PypiMirror() {
        // for ORMLite
    }

    public PypiMirror(String url, int position) {
        this.url = url;
        this.position = position;
    }

    @Override
    public String auditTargetType() {
        return "MIRROR";
    }

    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("position", position);
        fields.put("enabled", enabled);
        fields.put("trusted", trusted);
        return fields;
    }

    /** The URL is the name: each index is listed once. */
    @Override
    public String getName() { return url; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** Passed as {@code --trusted-host}: for an internal index with a self-signed certificate or plain HTTP. */
    public boolean isTrusted() { return trusted; }
    public void setTrusted(boolean trusted) { this.trusted = trusted; }
}
