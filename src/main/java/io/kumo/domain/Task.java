package io.kumo.domain;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command that Kumo runs on a schedule or on demand. */
@DatabaseTable(tableName = "tasks")
public class Task extends StoredEntity implements Auditable {

    @DatabaseField(columnName = "name", canBeNull = false)
    private String name;
    @DatabaseField(columnName = "description")
    private String description;
    @DatabaseField(columnName = "project_id")
    private Long projectId;
    @DatabaseField(columnName = "env_id")
    private Long environmentId;
    @DatabaseField(columnName = "command", canBeNull = false)
    private String command;
    @DatabaseField(columnName = "use_shell")
    private boolean useShell;
    @DatabaseField(columnName = "work_dir")
    private String workDir;
    // a value this Kumo does not know (a newer Kumo's, a hand edit) reads as the default, never as an error that
    // would keep every task from loading: an unknown trigger type never fires
    @DatabaseField(columnName = "trigger_type", canBeNull = false, unknownEnumName = "MANUAL")
    private TriggerType triggerType = TriggerType.MANUAL;
    @DatabaseField(columnName = "cron_expr")
    private String cronExpression;
    @DatabaseField(columnName = "interval_seconds")
    private Long intervalSeconds;
    @DatabaseField(columnName = "anchor_at", persisterClass = InstantPersister.class)
    private Instant anchorAt;
    @DatabaseField(columnName = "run_at", persisterClass = InstantPersister.class)
    private Instant runAt;
    @DatabaseField(columnName = "time_zone")
    private String timeZone;
    @DatabaseField(columnName = "timeout_seconds")
    private Long timeoutSeconds;
    @DatabaseField(columnName = "retries")
    private int retries;
    @DatabaseField(columnName = "retry_delay_seconds")
    private long retryDelaySeconds;
    @DatabaseField(columnName = "retry_backoff", canBeNull = false, unknownEnumName = "FIXED")
    private RetryBackoff retryBackoff = RetryBackoff.FIXED;
    /** Per-task environment variables as a JSON object; they override global ones. */
    @DatabaseField(columnName = "env_vars")
    private String environmentVariables;
    @DatabaseField(columnName = "priority")
    private int priority = 1;
    @DatabaseField(columnName = "overlap_policy", canBeNull = false, unknownEnumName = "SKIP")
    private OverlapPolicy overlapPolicy = OverlapPolicy.SKIP;
    @DatabaseField(columnName = "misfire_policy", canBeNull = false, unknownEnumName = "ONCE")
    private MisfirePolicy misfirePolicy = MisfirePolicy.ONCE;
    @DatabaseField(columnName = "enabled")
    private boolean enabled = true;
    @DatabaseField(columnName = "notify")
    private boolean notify = true;
    @DatabaseField(columnName = "tags")
    private String tags;
    /** The labels a node must carry to run this task (comma-separated, lower case); null: any node. */
    @DatabaseField(columnName = "node_labels")
    private String nodeLabels;
    @DatabaseField(columnName = "max_memory_bytes")
    private Long maxMemoryBytes;
    @DatabaseField(columnName = "max_cpu_percent")
    private Integer maxCpuPercent;
    @DatabaseField(columnName = "max_processes")
    private Integer maxProcesses;
    @DatabaseField(columnName = "max_open_files")
    private Integer maxOpenFiles;
    @DatabaseField(columnName = "max_output_bytes")
    private Long maxOutputBytes;
    @DatabaseField(columnName = "sandbox", canBeNull = false, unknownEnumName = "NONE")
    private SandboxMode sandboxMode = SandboxMode.NONE;
    @DatabaseField(columnName = "sandbox_image")
    private String sandboxImage;
    @DatabaseField(columnName = "sandbox_network")
    private boolean sandboxNetwork = true;
    @DatabaseField(columnName = "only_on_ac")
    private boolean onlyOnAc;
    @DatabaseField(columnName = "only_online")
    private boolean onlyOnline;
    @DatabaseField(columnName = "online_host")
    private String onlineHost;
    @DatabaseField(columnName = "only_idle_seconds")
    private Long onlyIdleSeconds;
    @DatabaseField(columnName = "not_metered")
    private boolean notMetered;
    @DatabaseField(columnName = "condition_wait_seconds")
    private long conditionWaitSeconds;
    @DatabaseField(columnName = "last_fired_at", persisterClass = InstantPersister.class)
    private Instant lastFiredAt;

    public Task() {
        // for ORMLite
    }

    public Task(String name, String command) {
        this.name = name;
        this.command = command;
    }

    @Override
    public String auditTargetType() {
        return "TASK";
    }

    /** {@code lastFiredAt} is engine bookkeeping, not a user change, so it stays out of the audit. */
    @Override
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("projectId", projectId);
        fields.put("environmentId", environmentId);
        fields.put("command", command);
        fields.put("useShell", useShell);
        fields.put("workDir", workDir);
        fields.put("triggerType", triggerType);
        fields.put("cronExpression", cronExpression);
        fields.put("intervalSeconds", intervalSeconds);
        fields.put("anchorAt", anchorAt);
        fields.put("runAt", runAt);
        fields.put("timeZone", timeZone);
        fields.put("timeoutSeconds", timeoutSeconds);
        fields.put("retries", retries);
        fields.put("retryDelaySeconds", retryDelaySeconds);
        fields.put("retryBackoff", retryBackoff);
        fields.put("environmentVariables", environmentVariables);
        fields.put("priority", priority);
        fields.put("overlapPolicy", overlapPolicy);
        fields.put("misfirePolicy", misfirePolicy);
        fields.put("enabled", enabled);
        fields.put("notify", notify);
        fields.put("tags", tags);
        fields.put("node_labels", nodeLabels);
        fields.put("limits", getLimits().describe());
        fields.put("sandbox", getSandbox().describe());
        fields.put("conditions", getConditions().describe(seconds -> seconds + " s"));
        return fields;
    }

    @Override
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Long getEnvironmentId() { return environmentId; }
    public void setEnvironmentId(Long environmentId) { this.environmentId = environmentId; }
    public String getCommand() { return command; }
    public void setCommand(String command) { this.command = command; }
    public boolean isUseShell() { return useShell; }
    public void setUseShell(boolean useShell) { this.useShell = useShell; }
    public String getWorkDir() { return workDir; }
    public void setWorkDir(String workDir) { this.workDir = workDir; }
    public TriggerType getTriggerType() { return triggerType; }
    public void setTriggerType(TriggerType triggerType) { this.triggerType = triggerType; }
    public String getCronExpression() { return cronExpression; }
    public void setCronExpression(String cronExpression) { this.cronExpression = cronExpression; }
    public Long getIntervalSeconds() { return intervalSeconds; }
    public void setIntervalSeconds(Long intervalSeconds) { this.intervalSeconds = intervalSeconds; }
    public Instant getAnchorAt() { return anchorAt; }
    /** To the millisecond, as stored: the task in memory fires at the instants every node computes from the stored one. */
    public void setAnchorAt(Instant anchorAt) { this.anchorAt = toStoredPrecision(anchorAt); }
    public Instant getRunAt() { return runAt; }
    public void setRunAt(Instant runAt) { this.runAt = toStoredPrecision(runAt); }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Long getTimeoutSeconds() { return timeoutSeconds; }
    public void setTimeoutSeconds(Long timeoutSeconds) { this.timeoutSeconds = timeoutSeconds; }
    public int getRetries() { return retries; }
    public void setRetries(int retries) { this.retries = retries; }
    public long getRetryDelaySeconds() { return retryDelaySeconds; }
    public void setRetryDelaySeconds(long retryDelaySeconds) { this.retryDelaySeconds = retryDelaySeconds; }
    public RetryBackoff getRetryBackoff() { return retryBackoff; }
    public void setRetryBackoff(RetryBackoff retryBackoff) { this.retryBackoff = retryBackoff; }
    public String getEnvironmentVariables() { return environmentVariables; }
    public void setEnvironmentVariables(String environmentVariables) { this.environmentVariables = environmentVariables; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
    public OverlapPolicy getOverlapPolicy() { return overlapPolicy; }
    public void setOverlapPolicy(OverlapPolicy overlapPolicy) { this.overlapPolicy = overlapPolicy; }
    public MisfirePolicy getMisfirePolicy() { return misfirePolicy; }
    public void setMisfirePolicy(MisfirePolicy misfirePolicy) { this.misfirePolicy = misfirePolicy; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** Desktop notifications for this task's failures, timeouts and recoveries (when notifications are on). */
    public boolean isNotify() { return notify; }
    public void setNotify(boolean notify) { this.notify = notify; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getNodeLabels() { return nodeLabels; }
    public void setNodeLabels(String nodeLabels) { this.nodeLabels = nodeLabels; }
    public Instant getLastFiredAt() { return lastFiredAt; }
    public void setLastFiredAt(Instant lastFiredAt) { this.lastFiredAt = lastFiredAt; }

    private static Instant toStoredPrecision(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The task's own limits (a null field: the default from Settings applies). */
    public ResourceLimits getLimits() {
        return new ResourceLimits(maxMemoryBytes, maxCpuPercent, maxProcesses, maxOpenFiles, maxOutputBytes);
    }

    public void setLimits(ResourceLimits limits) {
        ResourceLimits given = limits == null ? ResourceLimits.NONE : limits;
        maxMemoryBytes = given.memoryBytes();
        maxCpuPercent = given.cpuPercent();
        maxProcesses = given.maxProcesses();
        maxOpenFiles = given.maxOpenFiles();
        maxOutputBytes = given.maxOutputBytes();
    }

    public Sandbox getSandbox() {
        return new Sandbox(sandboxMode, sandboxImage, sandboxNetwork);
    }

    public void setSandbox(Sandbox sandbox) {
        Sandbox given = sandbox == null ? Sandbox.NONE : sandbox;
        sandboxMode = given.mode();
        sandboxImage = given.image();
        sandboxNetwork = given.network();
    }

    public RunConditions getConditions() {
        return new RunConditions(onlyOnAc, onlyOnline, onlineHost, onlyIdleSeconds, notMetered, conditionWaitSeconds);
    }

    public void setConditions(RunConditions conditions) {
        RunConditions given = conditions == null ? RunConditions.NONE : conditions;
        onlyOnAc = given.onlyOnAc();
        onlyOnline = given.onlyOnline();
        onlineHost = given.reachableHost();
        onlyIdleSeconds = given.idleSeconds();
        notMetered = given.notMetered();
        conditionWaitSeconds = given.waitSeconds();
    }
}
