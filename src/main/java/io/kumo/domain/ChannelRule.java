package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;

/** One row of a channel's rules (see {@code io.kumo.alerts.AlertRule}, the form the rules are decided in). */
@DatabaseTable(tableName = "alert_rules")
public class ChannelRule extends StoredEntity {

    @DatabaseField(columnName = "channel_id", canBeNull = false)
    private long channelId;
    @DatabaseField(columnName = "scope", canBeNull = false)
    private String scope;
    @DatabaseField(columnName = "scope_id")
    private Long scopeId;
    /** Comma-separated event words ("failure,timeout,recovery"); empty mutes the scope. */
    @DatabaseField(columnName = "events", canBeNull = false)
    private String events;
    @DatabaseField(columnName = "long_run_seconds")
    private Long longRunSeconds;
    @DatabaseField(columnName = "long_run_p95")
    private boolean longRunP95;
    @DatabaseField(columnName = "failures_in_row")
    private int failuresInRow;

    /** ORMLite. */
    public ChannelRule() {
    }

    public long getChannelId() { return channelId; }
    public void setChannelId(long channelId) { this.channelId = channelId; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public Long getScopeId() { return scopeId; }
    public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
    public String getEvents() { return events; }
    public void setEvents(String events) { this.events = events; }
    public Long getLongRunSeconds() { return longRunSeconds; }
    public void setLongRunSeconds(Long longRunSeconds) { this.longRunSeconds = longRunSeconds; }
    public boolean isLongRunP95() { return longRunP95; }
    public void setLongRunP95(boolean longRunP95) { this.longRunP95 = longRunP95; }
    public int getFailuresInRow() { return failuresInRow; }
    public void setFailuresInRow(int failuresInRow) { this.failuresInRow = failuresInRow; }
}
