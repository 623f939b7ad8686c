package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;

/** One message to one channel and how its delivery went (the delivery log). Its error is one masked line. */
@DatabaseTable(tableName = "alert_deliveries")
public class AlertDelivery {

    @DatabaseField(generatedId = true, columnName = "id")
    private Long id;
    @DatabaseField(columnName = "channel_id", canBeNull = false)
    private long channelId;
    @DatabaseField(columnName = "channel_name", canBeNull = false)
    private String channelName;
    @DatabaseField(columnName = "event", canBeNull = false)
    private String event;
    @DatabaseField(columnName = "run_id")
    private Long runId;
    @DatabaseField(columnName = "workflow_run_id")
    private Long workflowRunId;
    @DatabaseField(columnName = "subject")
    private String subject;
    @DatabaseField(columnName = "status", canBeNull = false)
    private String status;
    @DatabaseField(columnName = "attempts")
    private int attempts;
    @DatabaseField(columnName = "next_attempt_at", persisterClass = InstantPersister.class)
    private Instant nextAttemptAt;
    @DatabaseField(columnName = "created_at", persisterClass = InstantPersister.class, canBeNull = false)
    private Instant createdAt;
    @DatabaseField(columnName = "finished_at", persisterClass = InstantPersister.class)
    private Instant finishedAt;
    @DatabaseField(columnName = "error")
    private String error;

    /** ORMLite. */
    public AlertDelivery() {
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getChannelId() { return channelId; }
    public void setChannelId(long channelId) { this.channelId = channelId; }
    public String getChannelName() { return channelName; }
    public void setChannelName(String channelName) { this.channelName = channelName; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public Long getRunId() { return runId; }
    public void setRunId(Long runId) { this.runId = runId; }
    public Long getWorkflowRunId() { return workflowRunId; }
    public void setWorkflowRunId(Long workflowRunId) { this.workflowRunId = workflowRunId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = finishedAt; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
}
