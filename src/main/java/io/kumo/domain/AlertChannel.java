package io.kumo.domain;

import com.j256.ormlite.field.DataType;
import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A place alerts go (a mailbox, a chat webhook…). Its URL holds credentials, so only the sealed URL and a masked copy
 * are stored; the audit log sees the masked one.
 */
@DatabaseTable(tableName = "alert_channels")
public class AlertChannel extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "kind", canBeNull = false)
    private String kind;
    @DatabaseField(columnName = "url_sealed", canBeNull = false)
    private String urlSealed;
    @DatabaseField(columnName = "url_masked", canBeNull = false)
    private String urlMasked;
    @DatabaseField(columnName = "enabled")
    private boolean enabled = true;
    @DatabaseField(columnName = "subject_tpl")
    private String subjectTemplate;
    @DatabaseField(columnName = "body_tpl", dataType = DataType.LONG_STRING)
    private String bodyTemplate;
    @DatabaseField(columnName = "per_minute")
    private int perMinute = 10;
    @DatabaseField(columnName = "quiet_from")
    private String quietFrom;
    @DatabaseField(columnName = "quiet_to")
    private String quietTo;
    @DatabaseField(columnName = "quiet_zone")
    private String quietZone;
    @DatabaseField(columnName = "log_lines")
    private int logLines = 20;
    /** Not stored: the channel's rules in words, set when they change so that the audit entry of the channel shows them. */
    private transient String rulesInWords;

    /** ORMLite. */
    public AlertChannel() {
    }

    public AlertChannel(String name, String kind, String urlSealed, String urlMasked) {
        this.name = name;
        this.kind = kind;
        this.urlSealed = urlSealed;
        this.urlMasked = urlMasked;
    }

    @Override
    public String auditTargetType() {
        return "CHANNEL";
    }

    /** The masked URL only: a changed secret shows as a changed sealed value's fingerprint, never in clear. */
    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("url", urlMasked);
        fields.put("secret", urlSealed == null ? null : Integer.toHexString(urlSealed.hashCode()));
        fields.put("enabled", enabled);
        fields.put("subject", subjectTemplate);
        fields.put("body", bodyTemplate);
        fields.put("per_minute", perMinute);
        fields.put("quiet", quietFrom == null ? null : quietFrom + "-" + quietTo + " " + quietZone);
        fields.put("log_lines", logLines);
        if (rulesInWords != null) {
            fields.put("rules", rulesInWords);
        }
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getUrlSealed() { return urlSealed; }
    public void setUrlSealed(String urlSealed) { this.urlSealed = urlSealed; }
    public String getUrlMasked() { return urlMasked; }
    public void setUrlMasked(String urlMasked) { this.urlMasked = urlMasked; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getSubjectTemplate() { return subjectTemplate; }
    public void setSubjectTemplate(String subjectTemplate) { this.subjectTemplate = subjectTemplate; }
    public String getBodyTemplate() { return bodyTemplate; }
    public void setBodyTemplate(String bodyTemplate) { this.bodyTemplate = bodyTemplate; }
    public int getPerMinute() { return perMinute; }
    public void setPerMinute(int perMinute) { this.perMinute = perMinute; }
    public String getQuietFrom() { return quietFrom; }
    public void setQuietFrom(String quietFrom) { this.quietFrom = quietFrom; }
    public String getQuietTo() { return quietTo; }
    public void setQuietTo(String quietTo) { this.quietTo = quietTo; }
    public String getQuietZone() { return quietZone; }
    public void setQuietZone(String quietZone) { this.quietZone = quietZone; }
    public String getRulesInWords() { return rulesInWords; }
    public void setRulesInWords(String rulesInWords) { this.rulesInWords = rulesInWords; }
    public int getLogLines() { return logLines; }
    public void setLogLines(int logLines) { this.logLines = logLines; }
}
